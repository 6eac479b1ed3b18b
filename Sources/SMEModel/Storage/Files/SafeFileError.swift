import Foundation
import Glibc

/// Why a file could not be read or saved; `description` says where and what.
public enum SafeFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Someone else saved different content since the file was loaded.
    case changedOnDisk(String)
    /// The file was deleted since it was loaded.
    case deletedOnDisk(String)
    /// "Save as" would overwrite an existing file (or go through a symlink).
    case alreadyExists(String)
    /// The file has no write permission (for this user, or for anyone).
    case readOnly(String)
    /// A named pipe, device or socket where a data file should be.
    case notAFile(String)
    /// The path leads outside the data (or export) folder.
    case outsideFolder(String, root: String)
    /// A folder on the way to the file below the data folder is a symbolic link.
    case linkInPath(String, link: String)
    /// The file is far larger than any real data file of its kind (`DataLimits`).
    case tooLarge(String, size: Int, limit: Int)
    /// A system call failed: what was being done, to which path, and `errno`.
    case system(Operation, path: String, errno: Int32)

    /// The step of reading or saving that failed.
    public enum Operation: Sendable, Equatable {
        case open, read, inspect, resolveLink, createTemporary, write, setMode, flush, createHistory,
             keepHistory, replace
    }

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        switch self {
        case .changedOnDisk(let path):
            Localized(id: "\(path) telah diubah oleh pihak lain sejak dibuka; tidak disimpan",
                      en: "\(path) was changed by someone else since it was opened; not saved")(language)
        case .deletedOnDisk(let path):
            Localized(id: "\(path) telah dihapus atau diganti namanya sejak dibuka; tidak disimpan",
                      en: "\(path) was deleted or renamed since it was opened; not saved")(language)
        case .alreadyExists(let path):
            Localized(id: "\(path) sudah ada; tidak ditimpa", en: "\(path) already exists; not overwritten")(language)
        case .readOnly(let path):
            Localized(id: "\(path) hanya-baca; tidak disimpan (jadikan dapat ditulis atau simpan dengan nama lain)",
                      en: "\(path) is read-only; not saved (make it writable or save under another name)")(language)
        case .notAFile(let path):
            Localized(id: "\(path) bukan berkas biasa (pipa, perangkat atau soket)",
                      en: "\(path) is not a regular file (a pipe, device or socket)")(language)
        case .outsideFolder(let path, let root):
            Localized(id: "\(path) berada di luar folder \(root); tidak ditulis",
                      en: "\(path) is outside the folder \(root); not written")(language)
        case .linkInPath(let path, let link):
            Localized(id: "\(link) adalah tautan simbolik; \(path) tidak ditulis melalui tautan di dalam folder data",
                      en: "\(link) is a symbolic link; \(path) is not written through a link inside the data folder")(language)
        case .tooLarge(let path, let size, let limit):
            "\(path): " + DataLimits.tooLargeMessage(size: size, limit: limit)(language)
        case .system(let operation, let path, let code):
            "\(Self.phrase(operation, path)(language)): \(Self.reason(code)(language))"
        }
    }

    private static func phrase(_ operation: Operation, _ path: String) -> Localized {
        switch operation {
        case .open: Localized(id: "tidak dapat membuka \(path)", en: "cannot open \(path)")
        case .read: Localized(id: "tidak dapat membaca \(path)", en: "cannot read \(path)")
        case .inspect: Localized(id: "tidak dapat memeriksa \(path)", en: "cannot inspect \(path)")
        case .resolveLink: Localized(id: "tidak dapat mengikuti tautan \(path)", en: "cannot follow link \(path)")
        case .createTemporary:
            Localized(
                id: "tidak dapat membuat berkas sementara di \(path)", en: "cannot create temporary file in \(path)")
        case .write: Localized(id: "tidak dapat menulis \(path)", en: "cannot write \(path)")
        case .setMode: Localized(id: "tidak dapat mengatur izin \(path)", en: "cannot set permissions of \(path)")
        case .flush: Localized(id: "tidak dapat menyimpan \(path) ke disk", en: "cannot flush \(path) to disk")
        case .createHistory:
            Localized(id: "tidak dapat membuat folder riwayat \(path)", en: "cannot create history folder \(path)")
        case .keepHistory:
            Localized(id: "tidak dapat menyimpan salinan riwayat \(path)", en: "cannot keep a history copy of \(path)")
        case .replace: Localized(id: "tidak dapat mengganti \(path)", en: "cannot replace \(path)")
        }
    }

    /// The system's text for `errno`, with Indonesian for the common cases.
    private static func reason(_ code: Int32) -> Localized {
        let english = String(cString: strerror(code))
        let indonesian: String? = switch code {
        case EACCES, EPERM: "Izin ditolak"
        case ENOENT: "Berkas atau folder tidak ada"
        case ENOTDIR: "Bukan sebuah folder"
        case EISDIR: "Merupakan sebuah folder"
        case ENOSPC: "Ruang disk habis"
        case EROFS: "Sistem berkas hanya-baca"
        case EDQUOT: "Kuota disk terlampaui"
        case EIO: "Kesalahan masukan/keluaran"
        case ELOOP: "Terlalu banyak tautan simbolik"
        default: nil
        }
        return Localized(id: indonesian ?? english, en: english)
    }
}
