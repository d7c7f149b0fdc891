import Foundation
import Testing
@testable import CasebookKit

/// A site in a language written from right to left (an Uyghur or Persian archive): its pages
/// said `lang="ug"` but were laid out left to right, borders and indents on the wrong side.
@Suite struct RightToLeftTests {
    @Test func pagesOfARightToLeftLanguageSayDirRTL() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.replace("content/site.yml", "language: en", with: "language: ug")
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        for page in ["index.html", "cases/qambarova-2021/index.html", "404.html"] {
            let html = try String(contentsOf: site.output.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("<html lang=\"ug\" dir=\"rtl\">"), "\(page)")
        }
    }

    @Test func pagesOfALeftToRightLanguageAreAsBefore() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().exitStatus == 0)
        let html = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test func whichLanguagesAreWrittenFromRightToLeft() {
        for code in ["ar", "fa", "he", "ur", "ug", "ps", "ar-EG", "fa_IR"] { #expect(LanguageCode.isRightToLeft(code), "\(code)") }
        for code in ["en", "ru", "kk", "uz", "tr", "zh"] { #expect(!LanguageCode.isRightToLeft(code), "\(code)") }
    }

    /// The stylesheet says start and end, not left and right, so that `dir="rtl"` mirrors
    /// it; the portrait's `float: right` is only the fallback before `inline-end`.
    @Test func theStylesheetUsesLogicalSides() throws {
        let css = try String(contentsOf: SiteFixture.repository.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)
        let physical = css.split(separator: "\n").filter { line in
            (line.contains("left") || line.contains("right")) && !line.contains("float: right; float: inline-end;")
        }
        #expect(physical.isEmpty, "\(physical)")
    }
}
