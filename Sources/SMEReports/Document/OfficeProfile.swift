import Foundation
import SMEModel

/// The office that issues reports: the letterhead (kop) text and the head of office who signs.
/// Read from `office.json` in the data folder; documented in `docs/reports.md`.
public struct OfficeProfile: Hashable, Sendable, Codable {
    /// The head of office, who signs as "Mengetahui" (acknowledged).
    public struct Head: Hashable, Sendable, Codable {
        /// Empty leaves a dotted line to write the name by hand.
        public var name: String
        public var nip: String
        public var position: String

        public init(name: String, nip: String, position: String) {
            self.name = name
            self.nip = nip
            self.position = position
        }
    }

    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// The line above the office name, such as "Pemerintah Daerah Provinsi Jawa Barat".
    public var government: String
    public var name: String
    public var address: String
    /// Telephone, e-mail or website line; empty prints nothing.
    public var contact: String
    /// The place printed before the date in signature blocks.
    public var city: String
    public var head: Head

    public init(
        formatVersion: Int = OfficeProfile.currentFormatVersion, government: String, name: String, address: String,
        contact: String = "", city: String, head: Head
    ) {
        self.formatVersion = formatVersion
        self.government = government
        self.name = name
        self.address = address
        self.contact = contact
        self.city = city
        self.head = head
    }

    /// West Java's provincial office, with the head's name and NIP left blank to fill in.
    public static let westJava = OfficeProfile(
        government: "Pemerintah Daerah Provinsi Jawa Barat",
        name: "Dinas Koperasi dan Usaha Kecil",
        address: "Jalan Soekarno-Hatta No. 705, Bandung 40286",
        city: "Bandung",
        head: Head(name: "", nip: "", position: "Kepala Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat"))

    /// The name of the office file inside a data folder.
    public static let fileName = "office.json"

    /// Reads the office file; a missing file gives the West Java defaults, a broken one an error
    /// with its line and column.
    public static func load(_ path: String) throws(ReportError) -> OfficeProfile {
        guard FileManager.default.fileExists(atPath: path) else { return .westJava }
        let data: Data
        do { (data, _) = try SafeFile.read(path, limit: DataLimits.current.documentBytes) } catch {
            throw .officeFile(Localized(id: error.description(.id), en: error.description(.en)))
        }
        do {
            return try JSONDocument.decode(OfficeProfile.self, from: data, file: path)
        } catch {
            throw .officeFile(Localized(id: error.description(.id), en: error.description(.en)))
        }
    }

    /// The office file of a data folder (`office.json` beside `registry/`).
    public static func load(from folder: DataFolder) throws(ReportError) -> OfficeProfile {
        try load(folder.path(fileName))
    }
}
