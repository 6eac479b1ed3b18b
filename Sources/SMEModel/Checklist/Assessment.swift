/// A visit that checked one business against its sector's checklist, stored as
/// `data/assessments/<key>.json`. It pins the template revision it used, so a later edit of the
/// template never changes an old score.
public struct Assessment: Hashable, Sendable, Codable, JSONExtensible {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var key: String
    public var templateKey: String
    public var templateRevision: Int
    public var businessID: String
    public var assessor: Assessor
    /// ISO date of the visit.
    public var date: String
    /// Local time the visit started, "HH:MM"; printed on the berita acara.
    public var visitTime: String?
    /// Where the visit took place, as the assessor found it: the registry keeps no addresses.
    public var address: String?
    /// Who received the assessor and signs for the business when it is not the registered owner.
    public var personInCharge: String?
    /// Answers by item key.
    public var answers: [String: ItemAnswer]
    public var notes: String?
    /// `x-` members kept as they were read.
    public var extensions: [String: JSONValue] = [:]

    private enum CodingKeys: String, CodingKey {
        case formatVersion, key, templateKey, templateRevision, businessID, assessor, date, visitTime, address, personInCharge, answers, notes
    }

    public init(
        formatVersion: Int = Assessment.currentFormatVersion, key: String, templateKey: String,
        templateRevision: Int, businessID: String, assessor: Assessor, date: String,
        answers: [String: ItemAnswer] = [:], notes: String? = nil
    ) {
        self.formatVersion = formatVersion
        self.key = key
        self.templateKey = templateKey
        self.templateRevision = templateRevision
        self.businessID = businessID
        self.assessor = assessor
        self.date = date
        self.answers = answers
        self.notes = notes
    }
}

/// The official who did the visit; NIP is the civil-servant number, rank the pangkat/golongan
/// printed under the name where the official signs ("Penata Muda Tk. I (III/b)").
public struct Assessor: Hashable, Sendable, Codable {
    public var name: String
    public var nip: String?
    public var rank: String?

    public init(name: String, nip: String? = nil, rank: String? = nil) {
        self.name = name
        self.nip = nip
        self.rank = rank
    }
}

/// The value recorded for one item.
public enum AnswerValue: Hashable, Sendable {
    case yes
    case no
    case notApplicable
    case number(Double)
    case text(String)
}

/// An answer with its note and, for a failure, the corrective action agreed with the business.
public struct ItemAnswer: Hashable, Sendable, Codable {
    public var value: AnswerValue
    public var note: String?
    public var action: CorrectiveAction?

    public init(value: AnswerValue, note: String? = nil, action: CorrectiveAction? = nil) {
        self.value = value
        self.note = note
        self.action = action
    }

    private enum CodingKeys: String, CodingKey { case result, number, text, note, action }

    // Stored as {"result": "yes"|"no"|"na"}, {"number": 36.5} or {"text": "..."} so the JSON
    // reads naturally and each kind has one obvious shape.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        action = try container.decodeIfPresent(CorrectiveAction.self, forKey: .action)
        if let result = try container.decodeIfPresent(String.self, forKey: .result) {
            switch result {
            case "yes": value = .yes
            case "no": value = .no
            case "na": value = .notApplicable
            default:
                throw DecodingError.dataCorruptedError(
                    forKey: .result, in: container,
                    debugDescription: "expected \"yes\", \"no\" or \"na\", found \"\(result)\"")
            }
        } else if let number = try container.decodeIfPresent(Double.self, forKey: .number) {
            value = .number(number)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            value = .text(text)
        } else {
            throw DecodingError.keyNotFound(
                CodingKeys.result,
                DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "an answer needs \"result\", \"number\" or \"text\""))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch value {
        case .yes: try container.encode("yes", forKey: .result)
        case .no: try container.encode("no", forKey: .result)
        case .notApplicable: try container.encode("na", forKey: .result)
        case .number(let number): try container.encode(number, forKey: .number)
        case .text(let text): try container.encode(text, forKey: .text)
        }
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(action, forKey: .action)
    }
}

/// A follow-up the business must complete by a date.
public struct CorrectiveAction: Hashable, Sendable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable { case open, done }

    public var text: String
    public var dueDate: String
    public var status: Status

    public init(text: String, dueDate: String, status: Status = .open) {
        self.text = text
        self.dueDate = dueDate
        self.status = status
    }
}

extension Assessment {
    /// The members docs/schema/assessment.schema.json allows; a test keeps the two equal.
    public static let memberShapes: [String: Set<String>] = [
        "": ["formatVersion", "key", "templateKey", "templateRevision", "businessID", "assessor", "date", "visitTime", "address",
             "personInCharge", "answers", "notes"],
        "assessor": ["name", "nip", "rank"],
        "answers.*": ["result", "number", "text", "note", "action"],
        "answers.*.action": ["text", "dueDate", "status"],
    ]
}
