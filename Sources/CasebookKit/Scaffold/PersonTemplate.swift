extension Template {
    /// People and organizations have no draft flag in the content format: the file is
    /// published with the next build, so nothing is filled in but the name.
    static func personFile(_ v: Values) -> String {
        var t = ScaffoldText()
        t.comment("A person; see docs/content.md. People have no draft flag: this page is published with")
        t.comment("the next build, so write only what the sources say. An empty value counts as not given.")
        t.comment("Below the closing '---': a biography in Markdown; link to other files by their path,")
        t.comment("like [Name](../organizations/id.md).")
        t.field("name: \(ScaffoldText.yamlText(v.name))", "required: the name as the archive writes it")
        t.field("aliases: []", "other spellings and scripts, which search also finds")
        t.field("born:", "YYYY, YYYY-MM or YYYY-MM-DD; never fill in a month or day you do not know")
        t.field("region:", personRegionComment(v.hints.regions))
        t.field("gender:", "female or male: only for the grammar of the words about the person (Russian 'Осуждена')")
        t.field("organizations: []", "ids of files in organizations/, each a member link; write a link only the prosecution "
                + "alleges as {organization: id, link: alleged} (links, site.yml affiliations: \(v.hints.site.affiliations.allowedList))")
        t.field("photo:", "a file in content/media/, like media/\(v.id).jpg, or {file: media/…, credit: \"Photo: …\", alt: \"…\"}")
        t.field("recognised: []", "who recognised this person as a political prisoner, like [{by: org-id, date: YYYY-MM-DD, sources: [id]}]")
        t.field("letters:", "while they are held, where to write to them: {address: \"…\", as_of: YYYY-MM, note: \"…\"}")
        t.field("support_url:", "an http or https page for supporting them: a fund, a campaign")
        t.field("citizenship:", "ISO 3166-1 codes in capitals, like KZ or [KZ, RU]")
        t.field("died:", "if they died: {date: YYYY-MM-DD, in_custody: true or false, sources: [id]}")
        t.field("protect:", "initials or pseudonym to publish this person only as 'A. B.' or as their pseudonym, with "
                + "this file renamed to a neutral id like person-1.md (docs/safety.md); empty: the full name")
        t.field("pseudonym:", "with protect: pseudonym, the name to publish, like \"Defendant A\"")
        t.field("minor:", "true for anyone under 18: published under initials, with no photo and no born")
        t.field("noindex:", "true to ask search engines not to list this person's page")
        events(&t, v, owner: "this person's own")
        sources(&t, v, purpose: "what this person's events cite")
        corrections(&t, v)
        t.field("former_ids: []", formerIDsComment)
        return t.document
    }

    static func organizationFile(_ v: Values) -> String {
        let kinds = v.hints.site.organizationKinds
        var t = ScaffoldText()
        t.comment("An organization: a party, movement, media outlet, NGO or court; see docs/content.md.")
        t.comment("Organizations have no draft flag: this page is published with the next build.")
        t.comment("An empty value counts as not given.")
        t.comment("Below the closing '---': a description in Markdown.")
        t.field("name: \(ScaffoldText.yamlText(v.name))", "required: the full name")
        t.field("short_name:", "a shorter name, like DVK")
        t.field("aliases: []", "other names and scripts, which search also finds")
        t.field("kind:", "one of site.yml organization_kinds: \(kinds.allowedList); a court needs '\(OrganizationKind.court)' to be named as a case's court")
        t.field("leaders: []", "ids of files in people/")
        t.field("former_names: []", "names it had before, which its page shows and search finds, like [{name: Old Name, until: 2019}]")
        t.field("successor_of:", "the id of the organization this one continues; that one's page links back here")
        t.field("banned:", "when it was banned, if it was: YYYY, YYYY-MM or YYYY-MM-DD; or a list of "
                + "{date: …, by: court-id, sources: [id]} naming the court and the sources that report each ban")
        events(&t, v, owner: "the organization's")
        sources(&t, v, purpose: "what the organization's events cite")
        corrections(&t, v)
        t.field("former_ids: []", formerIDsComment)
        return t.document
    }
}
