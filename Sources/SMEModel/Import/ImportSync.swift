import Foundation

/// A data folder whose import inbox is a working copy of a shared store (`StoreMirror`): every
/// step of a batch goes to the store first, and the working copy is written only once the store
/// took it, so two offices deciding the same batch, or accepting two batches into the same
/// registry, get a conflict instead of one overwriting the other.
public protocol ImportSync: AnyObject, Sendable {
    /// Sends one step of a batch. A new batch must not exist yet; any other step is saved against
    /// the batch version the working copy holds. An accepted batch's registry change is applied in
    /// the same transaction, against the registry the working copy was made from.
    func saveBatch(_ change: BatchChange, by official: String) throws(StoreError)
}

/// One step of an import batch as a shared store receives it.
public struct BatchChange: Sendable {
    public var batch: ImportBatch
    /// The files of `imports/<id>/` this step wrote, by name; always `batch.json` and `rows.json`,
    /// and for a new batch its sources too.
    public var files: [BatchFile]
    public var isNew: Bool
    /// What an accepted batch does to the registry or the survey.
    public var registry: RegistryChange?
    /// The line a decision adds to `imports/import-log.csv`, without its line end.
    public var logLine: String?
}

public struct BatchFile: Sendable, Equatable {
    public var name: String
    public var bytes: Data

    public init(name: String, bytes: Data) {
        self.name = name
        self.bytes = bytes
    }

    /// A name a batch file may have in a folder and in a store: the identifier letters, up to 200
    /// bytes, not starting with a dot or a dash.
    public static func isAllowedName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 200, bytes[0] != UInt8(ascii: "."), bytes[0] != UInt8(ascii: "-"),
              !name.contains("..") else { return false }
        return bytes.allSatisfy(SafeName.isAllowed)
    }
}

/// The rows an accepted batch adds or changes, each with its 1-based place in its CSV file, so a
/// store keeps the same order as the working copy's files.
public enum RegistryChange: Sendable {
    case businesses([Placed<Business>])
    case survey(newWave: Placed<SurveyWave>?, responses: [Placed<SurveyResponse>])
}

public struct Placed<Value: Sendable>: Sendable {
    public var position: Int
    public var value: Value

    public init(_ position: Int, _ value: Value) {
        self.position = position
        self.value = value
    }
}
