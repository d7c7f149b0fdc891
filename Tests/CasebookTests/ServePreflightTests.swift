import Foundation
import Testing
@testable import CasebookKit

/// `serve` refuses what `build` refuses before it builds: `serve --templates nope` and
/// `serve --content content/site.yml` used to serve a placeholder page with no exit, and a
/// bad `--host` was told only after the whole site was built.
@Suite struct ServePreflightTests {
    @Test func foldersThatAreMissingOrFilesAndHostsThatAreNoAddress() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        func problems(content: String = "content", templates: String? = nil, host: String = "127.0.0.1") -> [String] {
            var options = BuildOptions(content: content, templates: templates ?? "templates", relativeTo: site.root)
            options.templatesRequired = templates != nil
            return ServePreflight.problems(options, host: host)
        }
        #expect(problems().isEmpty)
        #expect(problems(templates: "templates", host: "localhost").isEmpty)
        #expect(problems(content: "content/site.yml") == ["content/site.yml:1:1: error: not a folder (a file); replace it with a folder or remove it"])
        #expect(problems(content: "nope") == ["nope:1:1: error: content folder not found; run casebook in the archive's folder or pass --content DIR"])
        #expect(problems(templates: "nope") == ["nope:1:1: error: templates folder not found; check the --templates path, or leave the option out for templates/ if there is one, else the built-in theme"])
        #expect(problems(host: "999.1.1.1") == ["error: cannot serve on 999.1.1.1: expected an IP address such as 127.0.0.1, 0.0.0.0 or ::1, or localhost"])
    }

    @Test func theCommandExitsWithStatusTwoBeforeBuilding() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let run = try CommandRun.run(["serve", "--port", "0", "--templates", "nope"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors == "nope:1:1: error: templates folder not found; check the --templates path, or leave the option out for templates/ if there is one, else the built-in theme\n")
    }

    /// A port in use is told before the build (which takes seconds at 10,000 cases), not after it.
    @Test func aPortInUseIsToldBeforeBuilding() async throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let server = try await DevServer.start(site: try FolderSite(folder: site.root.path), host: "127.0.0.1", port: 0)
        let port = server.port
        // A content folder that would take a build: the message comes first, with exit 2.
        let run = try CommandRun.run(["serve", "--port", "\(port)"], in: site.root)
        await server.stop()
        #expect(run.status == 2)
        #expect(run.errors == "error: cannot serve on 127.0.0.1:\(port): the port is already in use (another casebook serve?); choose another with --port, or --port 0 for any free one\n")
        #expect(!run.output.contains("Built"))
        var options = BuildOptions(content: "content", templates: "templates", relativeTo: site.root)
        options.templatesRequired = false
        #expect(ServePreflight.problems(options, host: "127.0.0.1", port: port).isEmpty)
    }
}
