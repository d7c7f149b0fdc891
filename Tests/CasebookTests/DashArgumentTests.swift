import Foundation
import Testing
@testable import CasebookKit

/// A name that starts with '-' on the command line: the parser read "-Khalid" as -K -h ...,
/// printed the help and exited 0 without creating the file. It is now a usage error that
/// writes the command the way that works.
@Suite struct DashArgumentTests {
    @Test func aNameStartingWithADashIsAUsageErrorThatShowsTheWayThatWorks() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let run = try CommandRun.run(["new", "person", "-Khalid", "--id", "k"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("Error: '-Khalid' is not an option of casebook. A name, title or file that starts with '-' goes after '--', which ends the options: casebook new person --id k -- -Khalid"), "\(run.errors)")
        #expect(!run.errors.contains("OVERVIEW"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/people/k.md").path))

        let fixed = try CommandRun.run(["new", "person", "--id", "k", "--", "-Khalid"], in: site.root)
        #expect(fixed.status == 0, "\(fixed.errors)")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/people/k.md"), encoding: .utf8)
        #expect(text.contains("-Khalid"))
    }

    @Test func optionsAndWordsAfterTheEndOfOptionsPass() {
        #expect(DashArgument.problem(in: ["build", "-q"]) == nil)
        #expect(DashArgument.problem(in: ["build", "-qv", "--output", "site"]) == nil)
        #expect(DashArgument.problem(in: ["new", "-h"]) == nil)
        #expect(DashArgument.problem(in: ["new", "person", "--", "-Ahmad"]) == nil)
        #expect(DashArgument.problem(in: ["new", "person", "--id=-x", "Ahmad"]) == nil)
        #expect(DashArgument.problem(in: ["serve", "--port", "-1"]) == nil)  // the parser names --port
        #expect(DashArgument.problem(in: ["new", "page", "-"]) == nil)
    }

    @Test func theSuggestedCommandQuotesWhatAShellWouldSplit() throws {
        let problem = try #require(DashArgument.problem(in: ["new", "case", "-Arrest of Ahmad's son", "--person", "ahmad"]))
        #expect(problem.contains("casebook new case --person ahmad -- '-Arrest of Ahmad'\\''s son'"), "\(problem)")
        #expect(DashArgument.problem(in: ["new", "person", "-Нурлан"])?.contains("-- -Нурлан") == true)
        // A title that starts with digits is no number: the parser read its 'h' as -h too.
        #expect(DashArgument.problem(in: ["new", "page", "-30 days: what changed"])?.contains("casebook new page -- '-30 days: what changed'") == true)
    }

    /// build, check and serve take no names or files: "casebook serve -- -p" would not work,
    /// nor "--id=", which only `new` has. A dash word there is a mistyped option.
    @Test func aCommandWithoutWordsIsToldItsOptionsNotTheEndOfOptions() throws {
        for command in ["build", "check", "serve"] {
            let problem = try #require(DashArgument.problem(in: [command, "-p", "8080"]))
            #expect(problem == "'-p' is not an option of casebook \(command), which takes no names or files; its options are written with two dashes, and casebook \(command) --help lists them")
        }
        #expect(DashArgument.problem(in: ["-x"]) == "'-x' is not a command or an option of casebook; casebook --help lists its commands")
        // The commands that take words keep the way that works, and name an option of their own.
        let folder = try #require(DashArgument.problem(in: ["init", "-archive"]))
        #expect(folder.contains("casebook init -- -archive") && !folder.contains("--id="), "\(folder)")
        let files = try #require(DashArgument.problem(in: ["import", "-cases.csv"]))
        #expect(files.contains("casebook import -- -cases.csv") && files.contains("as in --content=-cases.csv"), "\(files)")
        #expect(DashArgument.problem(in: ["theme", "export", "-theme"])?.contains("casebook theme export -- -theme") == true)
        #expect(DashArgument.problem(in: ["new", "person", "-Ahmad"])?.contains("as in --id=-Ahmad") == true)

        let site = try SiteFixture()
        defer { site.remove() }
        let run = try CommandRun.run(["build", "-o", "site"], in: site.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("casebook build --help lists them"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("site").path))
    }
}
