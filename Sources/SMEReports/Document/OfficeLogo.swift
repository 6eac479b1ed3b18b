import Foundation
import SMEModel

/// The regional logo named in `office.json`. The name is untrusted like any data value: it must
/// be a plain file name beside `office.json` (no folders, no ".."), the file a PNG of at most
/// 2 MiB, so a profile cannot make a report read or embed anything else.
enum OfficeLogo {
    static let maximumBytes = 2 << 20
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func read(_ name: String, besides officeFile: String) throws(ReportError) -> Data {
        if let problem = SafeName.problem(name) {
            throw .officeFile(Localized(id: "logo \"\(name)\": \(problem.id)", en: "logo \"\(name)\": \(problem.en)"))
        }
        let path = (officeFile as NSString).deletingLastPathComponent + "/" + name
        let data: Data
        do { (data, _) = try SafeFile.read(path, limit: maximumBytes) } catch {
            throw .officeFile(Localized(id: "logo \"\(name)\": \(error.description(.id))", en: "logo \"\(name)\": \(error.description(.en))"))
        }
        guard Array(data.prefix(signature.count)) == signature else {
            throw .officeFile(Localized(id: "logo \"\(name)\" bukan berkas PNG", en: "logo \"\(name)\" is not a PNG file"))
        }
        return data
    }
}
