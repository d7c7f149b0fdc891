import Foundation
import Testing
@testable import CasebookKit

/// The image formats casebook cannot clean (`KeptFormats`), told by their first bytes:
/// BigTIFF, raw camera files, JPEG XL (bare and in its container), and every file of the ISO
/// base media format whose brands do not say video or sound (HEIF with any brand, CR3, an
/// unknown brand); each an error in build and check, never published nor served, unless
/// site.yml keeps metadata. Videos are still copied as they are.
@Suite(.hangGuard) struct KeptImageFormatTests {
    /// An `ftyp` box with these brands (major first), then an EXIF block with a GPS tag.
    static func iso(_ brands: [String]) -> [UInt8] {
        var box: [UInt8] = Array("ftyp".utf8)
        box += Array(brands[0].utf8)
        box += [0, 0, 0, 0]
        for brand in brands.dropFirst() { box += Array(brand.utf8) }
        let size: [UInt8] = [0, 0, 0, UInt8(box.count + 4)]
        return size + box + Array("Exif\0\0MM\0*GPS".utf8)
    }

    static let jxlSignature: [UInt8] = [0, 0, 0, 12, 0x4A, 0x58, 0x4C, 0x20, 0x0D, 0x0A, 0x87, 0x0A]
    static let jxlContainer: [UInt8] = jxlSignature + [0, 0, 0, 20] + Array("ftypjxl \0\0\0\0jxl Exif\0\0MM\0*GPS".utf8)

    /// The files the tester's archive published with their GPS position, named so that no extension gives them away.
    static let refused: [(file: String, bytes: [UInt8], format: String)] = [
        ("photo.jxl", jxlContainer, "a JPEG XL image"),
        ("bare.bin", [0xFF, 0x0A] + Array(repeating: 0, count: 40), "a JPEG XL image"),
        ("big.tif", [0x49, 0x49, 0x2B, 0x00, 8, 0, 0, 0] + Array(repeating: 0, count: 40), "a BigTIFF image"),
        ("big-mm.bin", [0x4D, 0x4D, 0x00, 0x2B] + Array(repeating: 0, count: 40), "a BigTIFF image"),
        ("canon.cr3", iso(["crx ", "crx ", "isom"]), "a CR3 image"),
        ("mihe.bin", iso(["MiHE", "MiHE"]), "a HEIF image"),
        ("late-brand.bin", iso(["abcd", "efgh", "ijkl", "mnop", "mif1"]), "a HEIF image"),
        ("panasonic.rw2", [0x49, 0x49, 0x55, 0x00] + Array(repeating: 0, count: 20), "a raw camera image"),
        ("photo.avif", iso(["avif", "mif1", "miaf"]), "an AVIF image"),
    ]

    static func error(_ file: String, _ phrase: String, convert: String = "convert it to JPEG, PNG or WebP") -> String {
        "content/media/\(file):1:1: error: casebook cannot remove the metadata of \(phrase), so it does not publish it: "
            + "\(convert), or set keep_image_metadata: true in site.yml to publish images as they are"
    }

    @Test func eachFormatIsToldByItsBytes() {
        for (file, bytes, phrase) in Self.refused {
            #expect(KeptFormats.format(of: bytes).map { "\($0.phrase)".hasPrefix(phrase + " (") } == true, "\(file)")
        }
        // Videos and sounds stay files to copy; a brand casebook does not know is named.
        for brands in [["isom", "isom", "iso2", "mp41"], ["qt  ", "qt  "], ["M4A ", "M4A ", "mp42"], ["3gp5", "3gp5"]] {
            #expect(KeptFormats.format(of: Self.iso(brands)) == nil, "\(brands)")
        }
        #expect(KeptFormats.format(of: Self.iso(["zzzz"])) == KeptFormats.Format(name: "ISO base media", unknownBrand: "zzzz"))
        #expect(KeptFormats.format(of: [0, 0, 0, 12] + Array("ftyp".utf8) + [0x01, 0x02, 0x27, 0x41])?.unknownBrand == "01 02 27 41")
        // What is neither: a PDF, text, a short file.
        for other in [Array("%PDF-1.4\n".utf8), Array("hello".utf8), [0xFF], []] { #expect(KeptFormats.format(of: other) == nil) }
    }

    @Test func theyAreErrorsInBuildAndCheckAndNeverPublishedOrServed() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let unknown = Self.iso(["zzzz", "zzzz"])
        let video = Self.iso(["isom", "isom", "iso2", "mp41"])
        for (file, bytes, _) in Self.refused { try Data(bytes).write(to: site.content.appendingPathComponent("media/\(file)")) }
        try Data(unknown).write(to: site.content.appendingPathComponent("media/unknown.bin"))
        try Data(video).write(to: site.content.appendingPathComponent("media/clip.mp4"))
        let expected = (Self.refused.map { Self.error($0.file, $0.format + " (a GPS position and the camera's serial number among it)") }
            + [Self.error("unknown.bin", "a file of the ISO base media format with the brand 'zzzz', which it does not know as a video or a sound "
                            + "(an image in it would keep a GPS position and the camera's serial number)",
                          convert: "convert an image to JPEG, PNG or WebP and a video to MP4")]).sorted()
        let result = site.build()
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.map(\.description) == expected)
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.diagnostics.map(\.description) == expected)
        // The dev server refuses what the build refuses, and serves the video.
        let dev = DevSite(options: DevSiteTests.options(site))
        for (file, _, _) in Self.refused + [("unknown.bin", [], "")] { #expect(dev.file(at: "media/\(file)") == nil, "\(file)") }
        #expect(dev.file(at: "media/clip.mp4") == video)
        // Kept as they are when the site says so.
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        #expect(site.build().diagnostics.isEmpty)
        let output = SiteFixture.snapshot(site.output)
        for (file, bytes, _) in Self.refused { #expect(output["media/\(file)"] == Data(bytes), "\(file)") }
        #expect(output["media/clip.mp4"] == Data(video))
    }

    /// The dev server answered a TIFF and a HEIC with their GPS position while the build refused them.
    @Test func theDevServerNoLongerServesATIFFOrAHEIC() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A] + Array(repeating: 7, count: 40)
        try Data(tiff).write(to: site.content.appendingPathComponent("media/scan.tif"))
        try Data(Self.iso(["heic", "mif1", "heic"])).write(to: site.content.appendingPathComponent("media/phone.heic"))
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.file(at: "media/scan.tif") == nil && files.file(at: "media/phone.heic") == nil)
        #expect(files.file(at: "media/scan.tif", keepImageMetadata: true) == tiff)
    }
}
