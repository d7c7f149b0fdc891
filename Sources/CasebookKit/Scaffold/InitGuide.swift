/// CONTRIBUTING.md of a new archive: how editors add a case, check their work, and keep
/// the people in the archive safe.
enum InitGuide {
    static let contributing = """
        # Contributing to this archive

        This archive is a folder of text files kept in git. Each prosecution is a file in
        `content/cases/`, each person in `content/people/`, each organization or court in
        `content/organizations/`; `content/site.yml` holds the settings and vocabularies. The
        site is built from them by casebook (`casebook build`).

        ## Adding a case

        1. Make sure every person and the court have a file: `casebook new person "Name"`,
           `casebook new organization "Court name"` (each writes a file with every field
           explained; fill in what the sources say).
        2. `casebook new case "Title of the case" --person person-id` writes
           `content/cases/<id>.md` as a draft. Fill in the status, charges, people, events and
           sources; every event cites a source, every source has its address.
        3. Remove `draft: true` when the case is ready, and open a pull request (a merge
           request on GitLab).

        Dates are `YYYY-MM-DD`, or `YYYY-MM` and `YYYY` when the sources say no more. Write
        only what the sources say, and mark what they report but do not confirm
        (`certainty: reported`).

        ## Checking

        `casebook check` lists every problem with its file, line and column, and what to write
        instead; it runs on every pull request and must pass before a merge.
        `casebook serve` shows the site as you edit, at http://127.0.0.1:8000/.

        ## Safety rules

        - **A person at risk is protected**: `protect: initials` (or `protect: pseudonym` with
          a `pseudonym`) in their file. Their name must then appear nowhere else: not in other
          files, not in file names, not in commit messages. The build refuses to publish a
          protected name, but a commit message stays in git's history for good: write ids in
          messages, never names.
        - **Minors** are always protected (`minor: true`), with no photo and no date of birth.
        - **Photos** are published without their location data; still, check what a photo shows.
        - **Allegations** are written as allegations (`link: alleged` for an organization the
          prosecution links someone to), never as facts.
        - **Contributors** are never named on the site; do not sign your work in files.

        ## Example files

        `example-case`, `example-person` and `example-court` show the format; delete them when
        the archive has its own.

        """
}
