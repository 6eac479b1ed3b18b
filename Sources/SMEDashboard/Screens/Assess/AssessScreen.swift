import SMEModel

/// State of the Assess screen: one assessment in progress, for one business, against the
/// checklist of its sector as it was when the assessment started.
public struct AssessScreen: Hashable, Sendable {
    /// The business being assessed, as an index into `registry.businesses`.
    public var business: Int?
    /// The versions listed by H, while the two to compare are chosen.
    public var history: VersionHistory<Assessment>?
    /// The template answered, pinned when the assessment started.
    public var checklist: Checklist?
    public var assessment: Assessment?
    /// The assessment as started, for one with no file yet; a saved one is compared with its
    /// file as the dashboard's data records it (the one copy of what is on disk).
    public var baseline: Assessment?
    /// Where Ctrl+S writes: `data/assessments/<date>-<business id>.json`.
    public var path: String?
    /// Index of the selected item in `checklist.items`.
    public var selection: Int = 0
    public var offset: Int = 0
    /// The assessor for new assessments, once set on this screen.
    public var assessor: Assessor?
    public var undoStack: [Assessment] = []
    public var redoStack: [Assessment] = []

    /// Written when an assessment is saved on exit before anyone gave a name, so the file stays valid.
    public static let unnamedAssessor = "(penilai belum diisi)"

    public init(data: DashboardData) {}

    /// Different from its file (or, before the first save, from how it started).
    public func isModified(in data: DashboardData) -> Bool {
        guard let assessment else { return false }
        return assessment != (path.flatMap(data.savedAssessment(at:))?.assessment ?? baseline)
    }

    /// The file as last saved, for the conflict check; nil until the first save, which must
    /// create a new file.
    public func stamp(in data: DashboardData) -> FileStamp? {
        path.flatMap(data.savedAssessment(at:))?.stamp
    }

    public var selectedItem: ChecklistItem? {
        guard let items = checklist?.items, items.indices.contains(selection) else { return nil }
        return items[selection]
    }

    public var unsavedSummary: Localized {
        let key = assessment?.key ?? ""
        return Localized(id: "Penilaian belum disimpan: \(key)", en: "Unsaved assessment: \(key)")
    }

    /// Safe-save effects for the unsaved assessment: a new file the first time, then the file as
    /// last saved. A missing assessor name gets a placeholder so the file still loads.
    public func saveEffects(data: DashboardData) -> [Effect] {
        guard isModified(in: data), var assessment, let path else { return [] }
        if assessment.assessor.name.trimmingCharacters(in: .whitespaces).isEmpty {
            assessment.assessor.name = Self.unnamedAssessor
        }
        return [.saveAssessment(path: path, assessment: assessment, expecting: stamp(in: data))]
    }

    /// Replaces the assessment, remembering the old one for undo.
    public mutating func record(_ new: Assessment) {
        guard let old = assessment, new != old else { return }
        undoStack.append(old)
        if undoStack.count > ChecklistDocument.undoLimit { undoStack.removeFirst(undoStack.count - ChecklistDocument.undoLimit) }
        redoStack = []
        assessment = new
    }

    /// Steps back (or forward with `redo`) one snapshot; false when there is none.
    public mutating func undo(redo: Bool = false) -> Bool {
        guard let current = assessment, let other = redo ? redoStack.popLast() : undoStack.popLast() else { return false }
        if redo { undoStack.append(current) } else { redoStack.append(current) }
        assessment = other
        return true
    }

    /// Reads `SMEDASH_ASSESSOR`: "Name" or "Name; NIP" (names may hold commas, as in "Rina, S.Sos.").
    public static func assessor(fromEnvironment value: String?) -> Assessor? {
        guard let value else { return nil }
        let parts = value.split(separator: ";", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, !name.isEmpty else { return nil }
        let nip = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        return Assessor(name: name, nip: nip)
    }

    /// Reads a typed number: "37,5" and "37.5" both work; with both marks the later one is the
    /// decimal mark ("1.234,5" and "1,234.5"). Nil when it is not a finite number.
    public static func parseNumber(_ text: String) -> Double? {
        var value = text.filter { !$0.isWhitespace }
        let comma = value.lastIndex(of: ","), dot = value.lastIndex(of: ".")
        if let comma, let dot {
            if comma > dot {
                value = value.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                value = value.replacingOccurrences(of: ",", with: "")
            }
        } else if comma != nil {
            guard value.filter({ $0 == "," }).count == 1 else { return nil }
            value = value.replacingOccurrences(of: ",", with: ".")
        }
        guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let number = Double(value), number.isFinite else { return nil }
        return number
    }
}
