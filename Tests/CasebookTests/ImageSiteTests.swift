import Foundation
import Testing
@testable import CasebookKit

/// The image rule in a build of the sample: media images published without their metadata
/// (or as they are with `keep_image_metadata: true`), a GPS position warned about by build
/// and check alike, a damaged image an error that leaves the previous site as it was, and
/// the dev server serving the bytes the build writes.
@Suite(.hangGuard) struct ImageSiteTests {
    /// The sample with every fixture image in media/, and gps.jpg again under a name that is no image's.
    static func siteWithImages() throws -> SiteFixture {
        let site = try SiteFixture()
        for name in ImageFixtures.all {
            try Data(ImageFixtures.bytes(name)).write(to: site.content.appendingPathComponent("media/\(name)"))
        }
        try Data(ImageFixtures.bytes("gps.jpg")).write(to: site.content.appendingPathComponent("media/scan.bin"))
        return site
    }

    static let withGPS = ["animated.webp", "gps.jpg", "gps.webp", "rotated.jpg", "rotated.webp", "scan.bin", "text.png"]

    static func gpsWarning(_ name: String) -> String {
        "content/media/\(name):1:1: warning: this image carries a GPS position (where it was taken); the build leaves it out "
            + "of the site, but the file keeps it in the archive and its repository: remove it from the file, for example "
            + "with 'exiftool -gps:all= -xmp:geotag= content/media/\(name)'"
    }

    @Test func theBuildPublishesImagesWithoutMetadataAndWarnsOfEachGPSPosition() throws {
        let site = try Self.siteWithImages()
        defer { site.remove() }
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description) == Self.withGPS.map(Self.gpsWarning))
        let files = SiteFixture.snapshot(site.output)
        for name in ImageFixtures.all {
            let original = ImageFixtures.bytes(name)
            #expect(files["media/\(name)"].map { [UInt8]($0) } == ImageFixtures.output(original), "\(name)")
        }
        #expect(files["media/scan.bin"].map { [UInt8]($0) } == ImageFixtures.output(ImageFixtures.bytes("gps.jpg")))
        for (path, data) in files where path.hasPrefix("media/") {
            for word in ImageFixtures.telling { #expect(!ImageFixtures.contains([UInt8](data), word), "\(word) in \(path)") }
        }
        // check says the same, and writes nothing.
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.diagnostics.map(\.description) == result.diagnostics.map(\.description))
        #expect(check.exitStatus == 0)
    }

    @Test func keepImageMetadataIsAYesOrNoOfSiteYml() {
        func parse(_ text: String) -> (Bool, [String]) {
            let (site, problems, _) = SiteParser.parse("title: T\n" + text, path: "content/site.yml")
            return (site.keepImageMetadata, problems.items.map(\.description))
        }
        #expect(parse("") == (false, []))
        #expect(parse("keep_image_metadata: yes\n") == (true, []))
        #expect(parse("keep_image_metadata: false\n") == (false, []))
        #expect(parse("keep_image_metadata: always\n") == (false, [
            "content/site.yml:2:22: error: expected true or false for 'keep_image_metadata', found 'always'",
        ]))
        #expect(parse("keep_image_metdata: true\n") == (false, [
            "content/site.yml:2:1: error: unknown key 'keep_image_metdata' in site.yml; did you mean 'keep_image_metadata'?",
        ]))
    }

    @Test func keepImageMetadataPublishesImagesAsTheyAreAndSaysSo() throws {
        let site = try Self.siteWithImages()
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        let result = site.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.description) == Self.withGPS.map {
            "content/media/\($0):1:1: warning: this image carries a GPS position (where it was taken), and the site publishes it, "
                + "because site.yml sets keep_image_metadata: true; remove the position from the file, for example "
                + "with 'exiftool -gps:all= -xmp:geotag= content/media/\($0)'"
        })
        let files = SiteFixture.snapshot(site.output)
        for name in ImageFixtures.all { #expect(files["media/\(name)"] == Data(ImageFixtures.bytes(name)), "\(name)") }
    }

    @Test func aDamagedImageFailsTheBuildAndTheSiteStaysAsItWas() throws {
        let cut = Array(ImageFixtures.bytes("plain.png").dropLast(12))  // without its IEND
        let expected = [
            "content/media/portrait.png:1:1: error: this PNG image is damaged (it ends before its IEND chunk: the file is cut short): "
                + "casebook cannot tell its metadata from its picture, so it does not publish it; save it again from an image "
                + "editor, or copy it again from the original",
        ]
        try SiteFixture.expectRefused(expected, status: 1) { site in
            try Data(cut).write(to: site.content.appendingPathComponent("media/portrait.png"))
        }
        let site = try SiteFixture()
        defer { site.remove() }
        try Data(cut).write(to: site.content.appendingPathComponent("media/portrait.png"))
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.diagnostics.map(\.description) == expected)
        #expect(check.exitStatus == 1)
        // Kept as it is, it is the site's choice: published, no error.
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        let kept = site.build()
        #expect(kept.succeeded && kept.diagnostics.isEmpty)
        #expect(SiteFixture.snapshot(site.output)["media/portrait.png"] == Data(cut))
    }

    @Test func imagesWhoseMetadataCannotBeRemovedAreErrorsUnlessTheSiteKeepsMetadata() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let files: [String: [UInt8]] = [
            "phone.heic": [0, 0, 0, 24] + Array("ftypheic\0\0\0\0mif1heicExif GPSLatitude".utf8),
            "scan.tif": [0x4D, 0x4D, 0x00, 0x2A] + Array(repeating: 7, count: 40),
            "photo.avif": [0, 0, 0, 32] + Array("ftypavif\0\0\0\0avifmif1".utf8),
            "video.mp4": [0, 0, 0, 32] + Array("ftypisom\0\0\u{2}\0isomiso2mp41".utf8),
            "short.tif": [0x49, 0x49, 0x2A],
        ]
        for (name, bytes) in files { try Data(bytes).write(to: site.content.appendingPathComponent("media/\(name)")) }
        let said = { (name: String, format: String) in
            "content/media/\(name):1:1: error: casebook cannot remove the metadata of \(format) image (a GPS position and the "
                + "camera's serial number among it), so it does not publish it: convert it to JPEG, PNG or WebP, or set "
                + "keep_image_metadata: true in site.yml to publish images as they are"
        }
        let expected = [said("phone.heic", "a HEIC"), said("photo.avif", "an AVIF"), said("scan.tif", "a TIFF")]
        let result = site.build()
        #expect(!result.succeeded && result.exitStatus == 1)
        #expect(result.diagnostics.map(\.description) == expected)
        #expect(SiteFixture.snapshot(site.output).isEmpty, "nothing is published")
        let check = Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root))
        #expect(check.diagnostics.map(\.description) == expected)
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        #expect(site.build().diagnostics.isEmpty)
        let output = SiteFixture.snapshot(site.output)
        for (name, bytes) in files { #expect(output["media/\(name)"] == Data(bytes), "\(name)") }
    }

    @Test func aBuildStoppedByAnotherMistakeStillNamesTheDamagedImage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try Data(Array(ImageFixtures.bytes("plain.webp").dropLast(1))).write(to: site.content.appendingPathComponent("media/cut.webp"))
        try site.replace("content/cases/qambarova-2021.md", "status: sentenced", with: "status: sentencd")
        let result = site.build()
        #expect(result.diagnostics.map(\.file) == ["content/cases/qambarova-2021.md", "content/media/cut.webp"])
        #expect(result.diagnostics.last?.message.hasPrefix("this WebP image is damaged (its header gives more bytes than the file has") == true)
    }

    @Test func theDevServerServesTheBytesTheBuildWrites() throws {
        let site = try Self.siteWithImages()
        defer { site.remove() }
        let dev = DevSite(options: DevSiteTests.options(site))
        try DevSiteTests.expectSameAsBuild(dev, site)
        // The damaged one is no more served than published (and is an error, as in check:
        // `ServeParityTests.aDamagedImageIsAnErrorAsInCheck`).
        try Data(Array(ImageFixtures.bytes("gps.jpg").prefix(700))).write(to: site.content.appendingPathComponent("media/cut.jpg"))
        #expect(dev.file(at: "media/cut.jpg") == nil)
        #expect(dev.file(at: "media/gps.jpg") == ImageFixtures.output(ImageFixtures.bytes("gps.jpg")))
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.file(at: "media/gps.jpg", keepImageMetadata: true) == ImageFixtures.bytes("gps.jpg"))
        #expect(files.file(at: "media/cut.jpg", keepImageMetadata: true) == Array(ImageFixtures.bytes("gps.jpg").prefix(700)))
    }

    @Test func theDevServerFollowsKeepImageMetadataInSiteYml() throws {
        let site = try Self.siteWithImages()
        defer { site.remove() }
        try site.replace("content/site.yml", "licence: CC BY 4.0\n", with: "licence: CC BY 4.0\nkeep_image_metadata: true\n")
        let dev = DevSite(options: DevSiteTests.options(site))
        #expect(dev.file(at: "media/gps.jpg") == ImageFixtures.bytes("gps.jpg"))
        try DevSiteTests.expectSameAsBuild(dev, site)
    }

    /// A theme's own photo (a banner in templates/assets/) was copied with its GPS position
    /// and camera: it is published by the same rule as the media's, by build, check and serve.
    @Test func theThemesOwnImagesLoseTheirMetadataToo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let gps = ImageFixtures.bytes("gps.jpg")
        try Data(gps).write(to: site.root.appendingPathComponent("templates/assets/banner.jpg"))
        let warning = "templates/assets/banner.jpg:1:1: warning: this image carries a GPS position (where it was taken); the build leaves it out "
            + "of the site, but the file keeps it in the archive and its repository: remove it from the file, for example "
            + "with 'exiftool -gps:all= -xmp:geotag= templates/assets/banner.jpg'"
        #expect(Builder.check(BuildOptions(content: "content", templates: "templates", relativeTo: site.root)).diagnostics.map(\.description) == [warning])
        #expect(site.build().succeeded)
        #expect(SiteFixture.snapshot(site.output)["assets/banner.jpg"].map { [UInt8]($0) } == ImageFixtures.output(gps))
        let files = StaticFiles(assets: site.root.appendingPathComponent("templates/assets"), media: site.content.appendingPathComponent("media"))
        #expect(files.file(at: "assets/banner.jpg") == ImageFixtures.output(gps))
        #expect(files.file(at: "assets/banner.jpg", keepImageMetadata: true) == gps)
        // A damaged one is not published: the build fails, naming it.
        try Data(Array(gps.prefix(700))).write(to: site.root.appendingPathComponent("templates/assets/banner.jpg"))
        #expect(site.build().diagnostics.contains { $0.severity == .error && $0.description.hasPrefix("templates/assets/banner.jpg:1:1: error: this JPEG image is damaged") })
    }
}
