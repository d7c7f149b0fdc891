/// The files `casebook init` writes: settings explained in comments, one example of each
/// kind of file that says it is one, the editors' guide, and the CI workflows. The
/// templates are not among them: the default theme is the one casebook carries.
enum InitFiles {
    struct File {
        let path: String
        let text: String
    }

    /// The files in English, the default.
    static var all: [File] { files(languages: ["en"]) }

    /// The files for an archive in `languages`, the default first: the examples in the
    /// default language, and in each other one a translation of them (`<id>.<lang>.md`).
    static func files(languages: [String]) -> [File] {
        let words = InitTexts.of(languages[0])
        var files = [File(path: "content/site.yml", text: InitSettings.siteYAML(languages: languages)),
                     File(path: "content/cases/example-case.md", text: exampleCase(words)),
                     File(path: "content/people/example-person.md", text: examplePerson(words)),
                     File(path: "content/organizations/example-court.md", text: exampleCourt(words)),
                     File(path: "content/pages/about.md", text: aboutPage(words))]
        for code in languages.dropFirst() {
            let words = InitTexts.of(code)
            files += [File(path: "content/cases/example-case.\(code).md", text: caseTranslation(words)),
                      File(path: "content/people/example-person.\(code).md", text: "---\nname: \(words.personName)\n---\n\(words.personBody)\n"),
                      File(path: "content/organizations/example-court.\(code).md", text: "---\nname: \(words.courtName)\n---\n"),
                      File(path: "content/pages/about.\(code).md", text: aboutTranslation(words))]
        }
        return files + [
            File(path: "CONTRIBUTING.md", text: InitGuide.contributing),
            File(path: ".gitignore", text: "# What casebook builds: made again by every build, never edited. Beside it, while a\n# build runs and for a moment after, the new site and the previous one being deleted.\npublic/\n.casebook-staging-*\n.casebook-old-*\n.casebook-trash-*\n"),
            File(path: ".github/workflows/check.yml", text: InitWorkflows.githubCheck),
            File(path: ".github/workflows/publish.yml", text: InitWorkflows.githubPublish),
            File(path: ".gitlab-ci.yml", text: InitWorkflows.gitlab)]
    }

    static var siteYAML: String { InitSettings.siteYAML(languages: ["en"]) }

    static func exampleCase(_ words: InitTexts) -> String { """
        ---
        # AN EXAMPLE, written by `casebook init`: it shows the fields of a case. Replace it
        # with a real case, or delete it with the example person and court. `casebook new case`
        # writes a new case with every field explained.
        title: \(words.caseTitle)
        summary: \(words.caseSummary)
        status: detained
        charges: [example-article]
        court: example-court
        region: \(words.region)
        people:
          - person: example-person
            role: defendant
        events:
          - {date: 2024-03-05, type: detention, summary: \(InitSettings.flow(words.eventSummary)), sources: [report]}
        sources:
          - {id: report, title: \(InitSettings.flow(words.sourceTitle)), url: 'https://example.org/report'}
        ---
        \(words.caseBody)

        """
    }

    static func examplePerson(_ words: InitTexts) -> String { """
        ---
        # AN EXAMPLE, written by `casebook init`. Someone at risk can be protected: see
        # docs/content.md, "Protected people" (protect: initials, or a pseudonym).
        name: \(words.personName)
        region: \(words.region)
        ---
        \(words.personBody)

        """
    }

    static func exampleCourt(_ words: InitTexts) -> String { """
        ---
        # AN EXAMPLE, written by `casebook init`: a court is an organization of kind 'court'.
        name: \(words.courtName)
        kind: court
        ---

        """
    }

    static func aboutPage(_ words: InitTexts) -> String { """
        ---
        title: \(words.aboutTitle)
        summary: \(words.aboutSummary)
        ---
        \(words.aboutBody)

        """
    }

    /// The example case in another language: its texts only, the facts stay in the original.
    static func caseTranslation(_ words: InitTexts) -> String { """
        ---
        title: \(words.caseTitle)
        summary: \(words.caseSummary)
        events:
          - summary: \(words.eventSummary)
        sources:
          - title: \(words.sourceTitle)
        ---
        \(words.caseBody)

        """
    }

    static func aboutTranslation(_ words: InitTexts) -> String { """
        ---
        title: \(words.aboutTitle)
        summary: \(words.aboutSummary)
        ---
        \(words.aboutBody)

        """
    }
}
