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
        /// Pangkat/golongan printed under the name ("Pembina Utama Muda (IV/c)"); nil prints none.
        public var rank: String?

        public init(name: String, nip: String, position: String, rank: String? = nil) {
            self.name = name
            self.nip = nip
            self.position = position
            self.rank = rank
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
    /// How a berita acara is numbered; nil uses `defaultRecordNumber`. Placeholders are listed
    /// in `RecordNumber`.
    public var recordNumber: String?
    /// A PNG beside `office.json` (a path inside the data folder) printed left of the letterhead.
    public var logo: String?
    /// The logo's bytes, read and checked by `load`; never written back.
    public var logoPNG: Data?

    public static let defaultRecordNumber = "{seq}/BA-PROKES/{region}/{roman-month}/{year}"

    private enum CodingKeys: String, CodingKey {
        case formatVersion, government, name, address, contact, city, head, recordNumber, logo
    }

    public init(
        formatVersion: Int = OfficeProfile.currentFormatVersion, government: String, name: String, address: String,
        contact: String = "", city: String, head: Head, recordNumber: String? = nil, logo: String? = nil, logoPNG: Data? = nil
    ) {
        self.formatVersion = formatVersion
        self.government = government
        self.name = name
        self.address = address
        self.contact = contact
        self.city = city
        self.head = head
        self.recordNumber = recordNumber
        self.logo = logo
        self.logoPNG = logoPNG
    }

    /// West Java's provincial office, with the head's name and NIP left blank to fill in.
    public static let westJava = OfficeProfile(
        government: "Pemerintah Daerah Provinsi Jawa Barat",
        name: "Dinas Koperasi dan Usaha Kecil",
        address: "Jalan Soekarno-Hatta No. 705, Bandung 40286",
        city: "Bandung",
        head: Head(name: "", nip: "", position: "Kepala Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat"),
        recordNumber: defaultRecordNumber)

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
        var office: OfficeProfile
        do {
            office = try JSONDocument.decode(OfficeProfile.self, from: data, file: path)
        } catch {
            throw .officeFile(Localized(id: error.description(.id), en: error.description(.en)))
        }
        if let logo = office.logo {
            office.logoPNG = try OfficeLogo.read(logo, besides: path)
        }
        return office
    }

    /// The office file of a data folder (`office.json` beside `registry/`).
    public static func load(from folder: DataFolder) throws(ReportError) -> OfficeProfile {
        try load(folder.path(fileName))
    }
}
