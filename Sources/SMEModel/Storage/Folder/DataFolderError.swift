/// A problem loading the data folder, with the file it concerns.
public enum DataFolderError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String, reason: String)
    case cannotWrite(String, reason: Localized)
    case csv(CSVError)
    case duplicateID(file: String, line: Int, id: String)
    /// Far larger than any real file of its kind (`DataLimits`); refused before it is read.
    case tooLarge(String, size: Int, limit: Int)

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        switch self {
        case .missingFile(let path):
            Localized(id: "\(path): berkas tidak ada", en: "\(path): file not found")(language)
        case .unreadable(let path, let reason):
            Localized(id: "\(path): tidak dapat dibaca: \(reason)", en: "\(path): cannot be read: \(reason)")(language)
        case .cannotWrite(let path, let reason):
            "\(path): " + reason(language)
        case .csv(let error):
            error.description(language)
        case .duplicateID(let file, let line, let id):
            Localized(id: "\(file):\(line): id \"\(id)\" sudah dipakai di baris sebelumnya",
                      en: "\(file):\(line): id \"\(id)\" is already used on an earlier line")(language)
        case .tooLarge(let path, let size, let limit):
            "\(path): " + DataLimits.tooLargeMessage(size: size, limit: limit)(language)
        }
    }
}
