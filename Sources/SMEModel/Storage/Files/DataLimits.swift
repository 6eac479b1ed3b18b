import Foundation

/// Sizes no real data file comes near. West Java's whole registry (about 7 million businesses)
/// is about 600 MB of CSV, a 2,000-item checklist under 1 MB, and no name, address or note runs to
/// 64 KiB. Anything past these is a wrong file, a damaged one or an attack, and is refused with a
/// located error before it is read further, so memory stays bounded.
public struct DataLimits: Sendable, Equatable {
    /// One CSV field.
    public static let fieldBytes = 64 << 10
    /// One CSV record, all its fields and separators.
    public static let recordBytes = 1 << 20

    /// The registry's and the survey's large tables (businesses, responses).
    public var largeTableBytes: Int
    /// The other tables (regions, sectors, cooperatives, waves).
    public var smallTableBytes: Int
    /// One JSON document (a checklist, an assessment, the office profile).
    public var documentBytes: Int

    public init(largeTableBytes: Int, smallTableBytes: Int, documentBytes: Int) {
        self.largeTableBytes = largeTableBytes
        self.smallTableBytes = smallTableBytes
        self.documentBytes = documentBytes
    }

    /// The variable that raises or lowers the large-table limit, in megabytes (MiB).
    public static let environmentVariable = "SMEDASH_MAX_FILE_MB"

    public static let standard = DataLimits(largeTableBytes: 2 << 30, smallTableBytes: 256 << 20, documentBytes: 64 << 20)

    /// The standard limits, with `SMEDASH_MAX_FILE_MB` (when set to a positive whole number)
    /// capping every kind of file: an office with a bigger registry raises it, a test lowers it.
    public static var current: DataLimits {
        guard let text = ProcessInfo.processInfo.environment[environmentVariable],
              let megabytes = Int(text.trimmingCharacters(in: .whitespaces)), megabytes > 0, megabytes < 1 << 30
        else { return standard }
        let bytes = megabytes << 20
        return DataLimits(
            largeTableBytes: bytes, smallTableBytes: min(bytes, standard.smallTableBytes),
            documentBytes: min(bytes, standard.documentBytes))
    }

    /// "1.2 GB" style sizes for messages, in binary units as `ls -lh` prints them.
    static func sizeText(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit + 1 < units.count { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        let shown = value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)
        return "\(shown) \(units[unit])"
    }

    /// The message for a file over its limit.
    static func tooLargeMessage(size: Int, limit: Int) -> Localized {
        let size = sizeText(size), limit = sizeText(limit)
        return Localized(
            id: "berkas berukuran \(size), melebihi batas \(limit) untuk berkas jenis ini; ini bukan berkas data yang wajar (batas dapat diubah dengan \(environmentVariable))",
            en: "the file is \(size), over the \(limit) limit for this kind of file; this is not a plausible data file (the limit can be changed with \(environmentVariable))")
    }
}
