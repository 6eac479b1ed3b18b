/// What changed between two versions of an assessment, or between two visits: answers, notes
/// and corrective actions by item, and the visit's own details.
public struct AssessmentDiff: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        /// The item key, or nil for the visit's own fields.
        public var item: String?
        public var field: Localized
        public var from: String
        public var to: String
    }

    public var changes: [Change]

    public init(from old: Assessment, to new: Assessment, checklist: Checklist? = nil) {
        var changes: [Change] = []
        func visit(_ field: Localized, _ a: String?, _ b: String?) {
            if (a ?? "") != (b ?? "") { changes.append(Change(item: nil, field: field, from: a ?? "", to: b ?? "")) }
        }
        visit(Localized(id: "Tanggal", en: "Date"), old.date, new.date)
        visit(Localized(id: "Penilai", en: "Assessor"), old.assessor.name, new.assessor.name)
        visit(Localized(id: "Jam kunjungan", en: "Visit time"), old.visitTime, new.visitTime)
        visit(Localized(id: "Alamat", en: "Address"), old.address, new.address)
        visit(Localized(id: "Penanggung jawab", en: "Person in charge"), old.personInCharge, new.personInCharge)
        visit(Localized(id: "Catatan kunjungan", en: "Visit notes"), old.notes, new.notes)
        visit(Localized(id: "Revisi templat", en: "Template revision"), String(old.templateRevision), String(new.templateRevision))
        // Items in the checklist's order, then any the checklist no longer has.
        let order = (checklist?.items.map(\.key) ?? []) + Set(old.answers.keys).union(new.answers.keys).sorted()
        var seen = Set<String>()
        for key in order where seen.insert(key).inserted {
            let a = old.answers[key], b = new.answers[key]
            func item(_ field: Localized, _ x: String, _ y: String) {
                if x != y { changes.append(Change(item: key, field: field, from: x, to: y)) }
            }
            item(Localized(id: "Jawaban", en: "Answer"), Self.text(a?.value), Self.text(b?.value))
            item(Localized(id: "Catatan", en: "Note"), a?.note ?? "", b?.note ?? "")
            item(Localized(id: "Tindakan", en: "Action"), Self.text(a?.action), Self.text(b?.action))
        }
        self.changes = changes
    }

    static func text(_ value: AnswerValue?) -> String {
        switch value {
        case nil: ""
        case .yes?: "ya/yes"
        case .no?: "tidak/no"
        case .notApplicable?: "t.b./n.a."
        case .number(let number)?: ChecklistDiff.number(number)
        case .text(let text)?: text
        }
    }

    static func text(_ action: CorrectiveAction?) -> String {
        guard let action else { return "" }
        return "\(action.text) · \(action.dueDate) · \(action.status.rawValue)"
    }

    public func lines(_ language: Language, checklist: Checklist? = nil) -> [String] {
        guard !changes.isEmpty else { return [Localized(id: "Tidak ada perbedaan.", en: "No differences.")(language)] }
        let items = Set(changes.compactMap(\.item)).count
        var out = [Localized(id: "\(items) butir berubah", en: "\(items) items changed")(language), ""]
        var last: String?? = .none
        for change in changes {
            if last != .some(change.item) {
                if let key = change.item {
                    let text = checklist?.item(key)?.text(language) ?? ""
                    out.append("~ \(key)" + (text.isEmpty ? "" : " " + text))
                } else {
                    out.append(Localized(id: "~ Kunjungan", en: "~ Visit")(language))
                }
                last = .some(change.item)
            }
            out.append("    \(change.field(language)): " + (change.from.isEmpty ? "–" : change.from) + " → " + (change.to.isEmpty ? "–" : change.to))
        }
        return out
    }
}

/// An assessment's saved versions, read back (the current file first).
public struct AssessmentVersion: Hashable, Sendable {
    public var version: FileVersion
    public var assessment: Assessment

    public static func history(of path: String, templates: [ChecklistFile]) -> [AssessmentVersion] {
        FileVersion.of(path).compactMap { version in
            guard case .success(let (file, _)) = ChecklistLibrary.decodeAssessment(version.bytes, path: version.path, stamp: version.readStamp,
                                                                                 templates: templates)
            else { return nil }
            return AssessmentVersion(version: version, assessment: file.assessment)
        }
    }
}
