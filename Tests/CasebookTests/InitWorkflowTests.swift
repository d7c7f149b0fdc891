import Foundation
import Testing
@testable import CasebookKit

/// The CI files `casebook init` writes, and docs/deploying.md, which shows them: the docs
/// once built casebook inside the archive's repository, which holds no Package.swift.
@Suite struct InitWorkflowTests {
    static var deploying: String {
        get throws { try String(contentsOf: SiteFixture.repository.appendingPathComponent("docs/deploying.md"), encoding: .utf8) }
    }

    @Test func theDocsShowTheWorkflowsInitWrites() throws {
        let docs = try Self.deploying
        #expect(docs.contains("```yaml\n" + InitWorkflows.githubPublish + "```"))
        #expect(docs.contains("```yaml\n" + InitWorkflows.gitlab + "```"))
        // Every `swift build` in the docs builds casebook's own source, not the archive.
        for line in docs.split(separator: "\n") where line.contains("swift build") {
            #expect(line.contains("--package-path /tmp/casebook"), "\(line)")
        }
    }

    /// In the swift container the job is root and the checkout the runner's: git refuses
    /// such a repository unless told, and the site would lose its history without a word.
    @Test func everyJobTrustsItsCheckoutAndSaysWhereForksGiveTheAddress() throws {
        for workflow in [InitWorkflows.githubCheck, InitWorkflows.githubPublish] {
            #expect(workflow.contains("git config --global --add safe.directory \"$GITHUB_WORKSPACE\""))
            #expect(workflow.contains("CASEBOOK_GIT: ${{ vars.CASEBOOK_GIT || '' }}"))
            #expect(workflow.contains("pull requests from forks get no repository variables"))
        }
        #expect(InitWorkflows.gitlab.contains("git config --global --add safe.directory \"$CI_PROJECT_DIR\""))
        // The trust is given after git is installed and before anything reads the repository.
        let setup = InitWorkflows.githubSetup
        let install = try #require(setup.range(of: "apt-get install"))
        let trust = try #require(setup.range(of: "safe.directory"))
        #expect(install.lowerBound < trust.lowerBound)
    }
}
