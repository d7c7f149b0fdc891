/// The files `casebook init` writes: settings explained in comments, one example of each
/// kind of file that says it is one, the editors' guide, and the CI workflows. The
/// templates are not among them: the default theme is the one casebook carries.
enum InitFiles {
    struct File {
        let path: String
        let text: String
    }

    static var all: [File] {
        [File(path: "content/site.yml", text: siteYAML),
         File(path: "content/cases/example-case.md", text: exampleCase),
         File(path: "content/people/example-person.md", text: examplePerson),
         File(path: "content/organizations/example-court.md", text: exampleCourt),
         File(path: "content/pages/about.md", text: aboutPage),
         File(path: "CONTRIBUTING.md", text: InitGuide.contributing),
         File(path: ".gitignore", text: "# What casebook builds: made again by every build, never edited. Beside it, while a\n# build runs and for a moment after, the new site and the previous one being deleted.\npublic/\n.casebook-staging-*\n.casebook-old-*\n.casebook-trash-*\n"),
         File(path: ".github/workflows/check.yml", text: InitWorkflows.githubCheck),
         File(path: ".github/workflows/publish.yml", text: InitWorkflows.githubPublish),
         File(path: ".gitlab-ci.yml", text: InitWorkflows.gitlab)]
    }

    static let siteYAML = """
        # The archive's settings and vocabularies (docs/content.md, "site.yml").
        # Every key is optional except title; the values below are examples to change.

        # The archive's name, in the header, the footer and every page's title.
        title: Example Case Archive
        # One sentence: the home page's lede and the pages' description for search engines.
        description: Cases of politically motivated prosecution, documented from public sources.
        # The address the site is published at, with its path. Feeds, the sitemap, canonical
        # links and citations need it; without it they are left out. See docs/deploying.md.
        # base_url: https://example.org/archive/
        # The language of the pages (en, ru, kk...). For a site in several languages, list them,
        # the default first, and translate files as <id>.<lang>.md (docs/content.md, "Languages").
        language: en
        # languages: [en, ru, kk]
        # The licence of the open data, in words.
        licence: CC BY 4.0
        # false leaves the list of changes (from git) out of the pages; their dates stay.
        history: true
        # Items per page of a long list.
        page_size: 100

        # Vocabularies: key: Label. Keys become addresses (statuses/detained/), so use
        # lower-case letters, digits and dashes; change the labels freely. Files use the keys.
        statuses: {investigation: Under investigation, detained: In pre-trial detention, trial: On trial, sentenced: Sentenced, appeal: On appeal, serving: Serving sentence, released: Released, acquitted: Acquitted, closed: Closed}
        # A person's role in a case; 'defendant' must stay (the counts rely on it).
        roles: {defendant: Defendant, witness: Witness, lawyer: Lawyer}
        # 'update' is the event `casebook import` writes at a case's latest date, from open data.
        event_types: {detention: Detained, search: Searched, charge: Charged, restraint: Measure of restraint, trial: Trial opened, verdict: Verdict, appeal: Appeal, release: Released, update: Update}
        sentence_types: {imprisonment: imprisonment, freedom-limitation: freedom limitation, suspended: suspended sentence, fine: fine, community-work: community work}
        # 'court' must stay: a case's court is an organization of this kind.
        organization_kinds: {party: Political party, movement: Movement, court: Court, media: Media, ngo: NGO}

        # The charges cases may cite: the article of the law and its name.
        charges:
          example-article:
            label: Spreading false information (an example charge)
            law: Criminal Code, Article 274 (example)

        # More settings: affiliations, document_kinds, custody_kinds, decision_kinds,
        # decision_outcomes, places, tags, as_of, stale_after_months, keep_image_metadata,
        # max_file_kb, unsafe_html (publishes raw HTML in bodies unchecked: only with
        # trusted editors): see docs/content.md, "site.yml".

        # Addresses that must keep working (docs/content.md): the ids of records taken out on
        # purpose, and the old keys of renamed statuses, charges, regions and tags.
        # withdrawn: {cases: [old-case-id]}
        # former_keys: {tags: {old-tag: new-tag}}

        """

    static let exampleCase = """
        ---
        # AN EXAMPLE, written by `casebook init`: it shows the fields of a case. Replace it
        # with a real case, or delete it with the example person and court. `casebook new case`
        # writes a new case with every field explained.
        title: An example case (delete it when you add real ones)
        summary: A blogger is detained over a post; this case is an example of the format, not a real case.
        status: detained
        charges: [example-article]
        court: example-court
        region: Example Region
        people:
          - person: example-person
            role: defendant
        events:
          - {date: 2024-03-05, type: detention, summary: Detained at home (an example event)., sources: [report]}
        sources:
          - {id: report, title: An example report (replace it with the real source), url: 'https://example.org/report'}
        ---
        The body, in Markdown: what happened, in the archive's own words. Link to other files
        as they are in the folder, [the example person](../people/example-person.md), and cite
        sources by number.

        """

    static let examplePerson = """
        ---
        # AN EXAMPLE, written by `casebook init`. Someone at risk can be protected: see
        # docs/content.md, "Protected people" (protect: initials, or a pseudonym).
        name: Example Person
        region: Example Region
        ---
        An example person, the defendant of the example case. Delete this file with it.

        """

    static let exampleCourt = """
        ---
        # AN EXAMPLE, written by `casebook init`: a court is an organization of kind 'court'.
        name: Example District Court
        kind: court
        ---

        """

    static let aboutPage = """
        ---
        title: About this archive
        summary: Who keeps this archive, how cases are chosen and checked, and how to reach us.
        ---
        Who keeps this archive, which cases it documents and why, the sources it relies on, and
        how to send a correction. Edit this page: it is content/pages/about.md.

        """
}
