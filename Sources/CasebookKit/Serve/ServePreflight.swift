/// What `casebook serve` refuses before it builds anything, with exit status 2 as `build`
/// does: a content folder or a named templates folder that is missing or not a folder,
/// a host that is no address, and a port it cannot listen on (`PortProbe`). Without it,
/// `serve --templates nope` and `serve --content content/site.yml` went on serving a
/// placeholder page, and a bad `--host` or a port in use was told only after the whole
/// site was built.
public enum ServePreflight {
    /// The problems, one line each, in `build`'s words; empty when serving can start.
    public static func problems(_ options: BuildOptions, host: String, port: UInt16 = 0) -> [String] {
        var problems: [String] = []
        if let problem = folderProblem(options.contentDirectory.path, missing: ContentLoader.missingFolder) {
            problems.append("\(options.contentDisplayName):1:1: error: \(problem)")
        }
        if options.templatesRequired,
           let problem = folderProblem(options.templatesDirectory.path, missing: ThemeFiles.missingFolder) {
            problems.append("\(options.templatesDisplayName):1:1: error: \(problem)")
        }
        do {
            let address = try DevServer.bindAddress(host: host, port: port)
            if let problem = PortProbe.problem(address: address, host: host, port: port) { problems.append("error: \(problem)") }
        } catch {
            problems.append("error: \(error)")
        }
        return problems
    }

    /// Nil for a folder (or a link to one); else what is wrong, as the build says it.
    static func folderProblem(_ path: String, missing: String) -> String? {
        do {
            return try FolderListing.read(atPath: path) == nil ? missing : nil
        } catch {
            return error.description
        }
    }
}
