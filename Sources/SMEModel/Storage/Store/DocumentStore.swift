import Foundation

/// The documents officials edit (SOP templates, their published revisions, drafts, assessments),
/// wherever they are kept: a data folder on one machine or a PostgreSQL server shared by offices.
/// The dashboard and the CLI save through this, so both stores refuse a lost update the same way.
public protocol DocumentStore: Sendable {
    /// Where the documents are, for messages; never holds a password.
    var location: String { get }

    /// Every document of one kind, sorted by name.
    func list(_ kind: DocumentKind) throws(StoreError) -> [StoredDocument]

    /// One document, or nil when there is none by that name.
    func read(_ kind: DocumentKind, _ name: String) throws(StoreError) -> StoredDocument?

    /// Saves `bytes` as the document's new version and returns it. `expecting` is the version the
    /// official started from: nil means the document must not exist yet. Anything else there now
    /// is a conflict (`StoreError.Kind.conflict`), never overwritten.
    func save(
        _ kind: DocumentKind, _ name: String, _ bytes: Data, expecting: DocumentVersion?, by official: String
    ) throws(StoreError) -> DocumentVersion

    /// A number that changes whenever anything in the store changes, to key caches by.
    func changeCounter() throws(StoreError) -> Int64
}

/// The folders of a data folder that hold documents; the raw value is the folder and the kind
/// stored in a database.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case template = "sop"
    case revision = "sop/revisions"
    case draft = "sop/drafts"
    case assessment = "assessments"
}

/// A document's version as its store counts them: a row version in PostgreSQL, the content hash
/// of the file in a folder. Only compared for equality.
public struct DocumentVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    public var value: Int64
    public init(_ value: Int64) { self.value = value }
    public var description: String { String(value) }
}

public struct StoredDocument: Sendable, Equatable {
    public var kind: DocumentKind
    /// The file name, `<key>.json`; always passes `StoredDocument.checkName`.
    public var name: String
    public var bytes: Data
    public var version: DocumentVersion
    /// Who saved this version, when the store records it (PostgreSQL does; a folder does not).
    public var savedBy: String?

    public init(kind: DocumentKind, name: String, bytes: Data, version: DocumentVersion, savedBy: String? = nil) {
        self.kind = kind
        self.name = name
        self.bytes = bytes
        self.version = version
        self.savedBy = savedBy
    }

    /// Refuses a name that could leave its folder or is not a JSON document: the names come from
    /// data, and a database row becomes a file again on `store pull`.
    public static func checkName(_ name: String) throws(StoreError) {
        guard name.hasSuffix(".json"), name.count > 5 else {
            throw StoreError(.invalid, Localized(id: "nama dokumen \"\(TerminalEscaping.visible(name))\" harus berakhiran .json",
                                                  en: "document name \"\(TerminalEscaping.visible(name))\" must end in .json"))
        }
        if let problem = SafeName.problem(String(name.dropLast(5))) {
            throw StoreError(.invalid, Localized(id: "nama dokumen \"\(TerminalEscaping.visible(name))\" \(problem.id)",
                                                  en: "document name \"\(TerminalEscaping.visible(name))\" \(problem.en)"))
        }
    }
}

/// A store operation that failed, phrased for the official in both languages.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Someone else saved or created the document since it was read.
        case conflict
        /// The server cannot be reached or stopped answering.
        case unavailable
        /// The server refused who we are (password, role, permission).
        case refused
        /// A name or value the store does not accept.
        case invalid
        /// Anything else the store reported.
        case failed
    }

    public var kind: Kind
    public var message: Localized

    public init(_ kind: Kind, _ message: Localized) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message.en }
    public func description(_ language: Language) -> String { message(language) }
}
