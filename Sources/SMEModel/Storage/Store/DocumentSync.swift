import Foundation

/// A data folder that is a working copy of a shared store (`StoreMirror`): the dashboard reads
/// the folder as always, and every document it saves goes to the store first, against the
/// version the copy holds, so another office's save is a conflict and never overwritten.
public protocol DocumentSync: AnyObject, Sendable {
    /// The shared store, for messages (no password).
    var location: String { get }

    /// Saves the document that lives at `path` in the working copy to the store. A document the
    /// store already has is saved against the copy's version; a new one must not exist yet.
    func save(_ bytes: Data, at path: String, by official: String) throws(StoreError)

    /// Fetches the store's current version of the document at `path` into the working copy,
    /// after a conflict, so a reload shows what the other official saved.
    func refresh(_ path: String) throws(StoreError)

    /// Changes other programs made since the last call, without waiting.
    func takeChanges() -> [StoreNotice]

    /// Pulls the store into the working copy again when anything changed there since the copy
    /// was made, so the dashboard can read the registry other offices changed.
    func refreshCopy() throws(StoreError)
}

/// One change another official made, as the dashboard reports it.
public struct StoreNotice: Sendable, Equatable, Hashable {
    public var official: String
    public var action: String
    public var subject: String

    public init(official: String, action: String, subject: String) {
        self.official = official
        self.action = action
        self.subject = subject
    }

    /// A change to the registry or the survey (a push, an accepted batch), not only a document.
    public var changesRegistry: Bool { action == "push" || action == "accept" }

    public var text: Localized {
        let who = TerminalEscaping.visible(official, keepsLineBreaks: false)
        let what = TerminalEscaping.visible(subject, keepsLineBreaks: false)
        let batch = what.hasPrefix("imports/") ? String(what.dropFirst(8)) : what
        switch action {
        case "import":
            return Localized(id: "\(who) mengimpor batch \(batch) ke kotak tinjauan", en: "\(who) imported batch \(batch) into the review inbox")
        case "accept":
            return Localized(id: "\(who) menerima batch \(batch) ke registri", en: "\(who) accepted batch \(batch) into the registry")
        case "return":
            return Localized(id: "\(who) mengembalikan batch \(batch)", en: "\(who) returned batch \(batch)")
        case "decide":
            return Localized(id: "\(who) memutuskan baris batch \(batch)", en: "\(who) decided rows of batch \(batch)")
        case "push":
            return Localized(id: "\(who) memuat ulang registri ke penyimpanan bersama: \(what)",
                             en: "\(who) loaded the registry into the shared store: \(what)")
        case "create":
            return Localized(id: "\(who) membuat \(what)", en: "\(who) created \(what)")
        default:
            return Localized(id: "\(who) menyimpan \(what)", en: "\(who) saved \(what)")
        }
    }
}
