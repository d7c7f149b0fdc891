/// The image formats that hold a photo's metadata (EXIF with its GPS position and the
/// camera's serial number, XMP) as a JPEG does but that casebook cannot clean: they are
/// not published unless site.yml keeps metadata (`MediaImages.keptProblem`). Told by their
/// first bytes, whatever the file's name:
///
/// - TIFF and BigTIFF, and the raw camera files built on them or beside them (DNG, NEF, CR2
///   and ARW are TIFF; Olympus ORF, Panasonic RW2, Canon CRW, Fujifilm RAF);
/// - JPEG XL, as a bare codestream (`FF 0A`) or in its container;
/// - every file of the ISO base media format (an `ftyp` box first, or after the signature
///   box of JPEG 2000 and JPEG XL) that its brands do not show to be a video or a sound:
///   HEIC, HEIF (whatever its brand: `mif1`, `msf1`, `MiHE`…), AVIF, Canon's CR3, JPEG 2000,
///   and any brand casebook does not know. Videos and sounds (MP4, MOV, 3GP, M4A…) are
///   published as they are, like every file that is not an image.
enum KeptFormats {
    /// A format the rule refuses: its name ("AVIF") and, for a file of the ISO base media
    /// format whose brand casebook does not know, that brand.
    struct Format: Equatable, Sendable {
        let name: String
        var unknownBrand: String? = nil

        /// "an AVIF image", "a HEIC image", or the unknown brand said as such.
        var phrase: String {
            if let unknownBrand {
                return "a file of the ISO base media format with the brand '\(unknownBrand)', which it does not know as a video or a sound "
                    + "(an image in it would keep a GPS position and the camera's serial number)"
            }
            let article = name.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
            return "\(article) \(name) image (a GPS position and the camera's serial number among it)"
        }
    }

    /// The bytes `format(of:)` reads at most: enough for the brands of any `ftyp` box met in practice.
    static let headLength = 1024

    /// Whether a file starting with these 12 bytes may need more of its head (its brands) to tell.
    static func needsMore(_ head: some Collection<UInt8>) -> Bool {
        let head = Array(head.prefix(12))
        return head.count == 12 && (head[4..<8].elementsEqual("ftyp".utf8) || signatureBox(head) != nil)
    }

    /// The format of a file by its first bytes (up to `headLength`); nil when it is not one
    /// of these (a JPEG, PNG, WebP or GIF is `ImageMetadata`'s).
    static func format(of head: some Collection<UInt8>) -> Format? {
        let head = Array(head.prefix(headLength))
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return Format(name: "TIFF") }
        if head.starts(with: [0x49, 0x49, 0x2B, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2B]) { return Format(name: "BigTIFF") }
        if rawSignatures.contains(where: head.starts(with:)) { return Format(name: "raw camera") }
        if head.starts(with: [0xFF, 0x0A]) { return Format(name: "JPEG XL") }
        let signature = signatureBox(head)
        guard let brands = brands(head, from: signature == nil ? 0 : 12) else {
            return signature.map { Format(name: $0) }
        }
        if let image = brands.lazy.compactMap({ imageBrands[$0] }).first { return Format(name: image) }
        if let signature { return Format(name: signature) }
        if brands.contains(where: movieBrands.contains) { return nil }
        return Format(name: "ISO base media", unknownBrand: shown(brands[0]))
    }

    /// JPEG 2000's and JPEG XL's 12-byte signature box, which comes before their `ftyp` box.
    static func signatureBox(_ head: [UInt8]) -> String? {
        guard head.count >= 12, head[0..<4].elementsEqual([0, 0, 0, 12]), head[8..<12].elementsEqual([0x0D, 0x0A, 0x87, 0x0A]) else { return nil }
        switch String(decoding: head[4..<8], as: UTF8.self) {
        case "jP  ": return "JPEG 2000"
        case "JXL ": return "JPEG XL"
        default: return nil
        }
    }

    /// The major brand and the compatible brands of an `ftyp` box at `offset`, as far as the head holds them.
    static func brands(_ head: [UInt8], from offset: Int) -> [[UInt8]]? {
        guard head.count >= offset + 12, head[(offset + 4)..<(offset + 8)].elementsEqual("ftyp".utf8) else { return nil }
        let size = head[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
        // 0: the box runs to the end of the file; 1: a 64-bit size follows. Either way, what the head holds.
        let end = min(head.count, size >= 16 ? offset + size : head.count)
        var brands = [Array(head[(offset + 8)..<(offset + 12)])]
        var index = offset + 16
        while index + 4 <= end {
            brands.append(Array(head[index..<(index + 4)]))
            index += 4
        }
        return brands
    }

    /// A brand as a message shows it: its letters when they are printable ASCII, else its bytes in hex.
    static func shown(_ brand: [UInt8]) -> String {
        brand.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "'") }
            ? String(decoding: brand, as: UTF8.self)
            : brand.map { String($0, radix: 16, uppercase: true) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined(separator: " ")
    }

    /// Raw camera files that are not plain TIFF: Olympus ORF (`IIRO`, `IIRS`, `MMOR`),
    /// Panasonic RW2 (`IIU`), Canon CRW (`HEAPCCDR`), Fujifilm RAF (`FUJIFILMCCD-RAW`).
    static let rawSignatures: [[UInt8]] = [
        Array("IIRO".utf8), Array("IIRS".utf8), Array("MMOR".utf8), [0x49, 0x49, 0x55, 0x00],
        [0x49, 0x49, 0x1A, 0x00, 0x00, 0x00] + Array("HEAP".utf8), Array("FUJIFILM".utf8),
    ]

    /// Brands of still images (and image sequences), by the format they are named as.
    static let imageBrands: [[UInt8]: String] = {
        var brands: [[UInt8]: String] = [:]
        let names: [(String, [String])] = [
            ("HEIC", ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]),
            ("HEIF", ["mif1", "mif2", "mif3", "msf1", "miaf", "MiHA", "MiHB", "MiHE", "MiPr", "MiAC", "MiCm", "avci", "avcs",
                      "vvic", "vvis", "jpeg", "jpgs", "j2ki", "j2is", "1pic", "unif"]),
            ("AVIF", ["avif", "avis", "avio", "MA1A", "MA1B"]),
            ("JPEG XL", ["jxl "]),
            ("JPEG 2000", ["jp2 ", "jpx ", "jpm ", "jph ", "jhc ", "mjp2", "mj2s"]),
            ("CR3", ["crx "]),
        ]
        for (name, list) in names { for brand in list { brands[Array(brand.utf8)] = name } }
        return brands
    }()

    /// Brands of videos and sounds: MP4, QuickTime, 3GPP, Flash video, DASH and CMAF segments, iTunes audio.
    static let movieBrands: Set<[UInt8]> = Set([
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "isoa", "isob", "isoc",
        "mp41", "mp42", "mp71", "mp21", "avc1", "avc2", "avc3", "avc4", "qt  ", "mqt ", "MQT ",
        "M4V ", "M4VH", "M4VP", "M4A ", "M4B ", "M4P ", "F4V ", "F4P ", "F4A ", "F4B ",
        "3gp4", "3gp5", "3gp6", "3gp7", "3gp8", "3gp9", "3gg6", "3gg9", "3gh9", "3gm9", "3gr6", "3gr9",
        "3gs6", "3gs7", "3gs9", "3gt9", "3ge6", "3ge7", "3ge9", "3g2a", "3g2b", "3g2c",
        "dash", "dsms", "msdh", "msix", "cmfc", "cmfs", "cmf2", "cmfl", "cmff", "cmfh", "mmp4",
        "MSNV", "NDAS", "NDSC", "NDSH", "NDSM", "NDSP", "NDSS", "NDXC", "NDXH", "NDXM", "NDXP", "NDXS",
        "XAVC", "dby1", "caqv", "KDDI", "sdv ", "ssc1", "ssc2", "aax ", "odcf", "opf2", "opx2",
    ].map { Array($0.utf8) })
}
