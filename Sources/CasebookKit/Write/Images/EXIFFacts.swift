/// The two facts the build takes from an EXIF block (a TIFF structure) before leaving it out:
/// whether it holds a GPS position, for `casebook check`'s warning, and the orientation, which
/// is written back alone so that a photo taken with the phone turned stays upright.
///
/// Only IFD0 and the GPS IFD are read, each once, with every offset checked against the
/// block: a hostile block can make the facts unknown, never a loop or a read outside it.
struct EXIFFacts: Equatable {
    /// The GPS IFD holds a latitude or a longitude (or cannot be read: counted as holding one).
    var gps = false
    /// The orientation (2...8) when it is not the normal one.
    var orientation: Int?

    static let gpsPointer = 0x8825
    static let orientationTag = 0x0112

    /// The facts of the TIFF structure at `range` of the file (after "Exif\0\0" in a JPEG).
    init(_ reader: ByteReader, _ range: Range<Int>) {
        let base = range.lowerBound, end = range.upperBound
        guard range.count >= 8, end <= reader.count else { return }
        let bigEndian: Bool
        if reader.has([0x4D, 0x4D, 0x00, 0x2A], at: base) {
            bigEndian = true
        } else if reader.has([0x49, 0x49, 0x2A, 0x00], at: base) {
            bigEndian = false
        } else {
            return
        }
        func u16(_ offset: Int) -> Int? { base + offset + 2 <= end ? reader.u16(base + offset, bigEndian: bigEndian) : nil }
        func u32(_ offset: Int) -> Int? { base + offset + 4 <= end ? reader.u32(base + offset, bigEndian: bigEndian) : nil }
        /// The entries of the IFD at `offset`: (tag, type, the offset of its value field).
        func entries(_ offset: Int) -> [(tag: Int, type: Int, value: Int)]? {
            guard let count = u16(offset), base + offset + 2 + count * 12 <= end else { return nil }
            return (0..<count).compactMap { index in
                let entry = offset + 2 + index * 12
                guard let tag = u16(entry), let type = u16(entry + 2) else { return nil }
                return (tag, type, entry + 8)
            }
        }
        guard let first = u32(4), let ifd0 = entries(first) else { return }
        for entry in ifd0 {
            if entry.tag == Self.orientationTag, entry.type == 3, let value = u16(entry.value), (2...8).contains(value) {
                orientation = value
            }
            if entry.tag == Self.gpsPointer {
                // A GPS IFD that cannot be read may still be read by another program.
                guard let offset = u32(entry.value), let gpsEntries = entries(offset) else {
                    gps = true
                    continue
                }
                // Tags 1-4: latitude and longitude with their hemispheres.
                gps = gps || gpsEntries.contains { (1...4).contains($0.tag) }
            }
        }
    }

    /// A TIFF structure holding the orientation alone: big-endian, IFD0 with one entry.
    static func orientationOnly(_ orientation: Int) -> [UInt8] {
        [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,  // header, IFD0 at 8
         0x00, 0x01,  // one entry
         0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, UInt8(orientation), 0x00, 0x00,  // SHORT orientation
         0x00, 0x00, 0x00, 0x00]  // no next IFD
    }
}
