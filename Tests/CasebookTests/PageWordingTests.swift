import Foundation
import Testing
@testable import CasebookKit

/// The sentences the built pages of the sample make in Russian and Kazakh, read as a reader
/// of the language reads them: where the catalogue's words meet a page's own punctuation.
@Suite struct PageWordingTests {
    /// The facts box puts the status, then its date: in Kazakh the words before the date
    /// need their own separator ("Сотталды мәлімет күні: …" read as one phrase).
    @Test func aStatusAndItsDateArePartedInKazakh() throws {
        let site = try SiteFixture(.sample)
        defer { site.remove() }
        let result = site.build()
        #expect(result.exitStatus == 0, "\(result.diagnostics.map(\.description))")
        let kk = try site.read("public/kk/cases/qambarova-2021/index.html")
        #expect(kk.contains(#"dir="auto">Сотталды</a> <span class="as-of">— мәлімет күні: <time datetime="2021-03-04">2021 жылғы 4 наурыз</time></span>"#))
        let ru = try site.read("public/ru/cases/qambarova-2021/index.html")
        #expect(ru.contains(#"<span class="as-of">по состоянию на <time datetime="2021-03-04">4 марта 2021</time></span>"#))
    }
}
