import SMEModel
import TerminalUI

/// A column of the business table: its title (also the sort option's name), width, and the
/// narrowest table that still shows it. Officials choose which columns show and in what order.
public enum BusinessColumn: String, CaseIterable, Codable, Hashable, Sendable {
    case id, name, scale, region, employees, online, channels, sopScore, yearFounded

    public static let defaultOrder: [BusinessColumn] = [.id, .name, .scale, .region, .employees, .online, .channels, .sopScore]

    public var title: Localized {
        switch self {
        case .id: Localized("ID")
        case .name: Localized(id: "Nama usaha", en: "Business")
        case .scale: Localized(id: "Skala", en: "Scale")
        case .region: Localized(id: "Wilayah", en: "Region")
        case .employees: Localized(id: "Pekerja", en: "Staff")
        case .online: Localized(id: "Daring", en: "Online")
        case .channels: Localized(id: "Kanal", en: "Channels")
        case .sopScore: Localized(id: "Skor SOP", en: "SOP")
        case .yearFounded: Localized(id: "Berdiri", en: "Founded")
        }
    }

    public var sortField: BusinessSortField {
        switch self {
        case .id: .id
        case .name: .name
        case .scale: .scale
        case .region: .region
        case .employees: .employees
        case .online: .online
        case .channels: .channels
        case .sopScore: .sopScore
        case .yearFounded: .yearFounded
        }
    }

    /// Narrow tables drop the low-value columns first and give the name the room.
    var minimumTableWidth: Int {
        switch self {
        case .id: 100
        case .scale, .channels: 90
        case .yearFounded: 80
        default: 0
        }
    }

    func width(narrow: Bool) -> Constraint {
        switch self {
        case .id: .fixed(14)
        case .name: .flexible(narrow ? 5 : 3)
        case .scale: .fixed(8)
        case .region: .flexible(narrow ? 3 : 2)
        case .employees: .fixed(7)
        case .online: .fixed(6)
        case .channels: .flexible(2)
        case .sopScore: .fixed(8)
        case .yearFounded: .fixed(7)
        }
    }

    var alignment: Table.Column.Alignment {
        switch self {
        case .employees, .sopScore, .yearFounded: .right
        default: .left
        }
    }
}

/// Column layout of the business table.
enum BusinessesScreenColumns {
    /// Sort options, in the order the table shows its columns by default.
    static let sortFields: [BusinessSortField] = BusinessColumn.allCases.map(\.sortField)

    /// A sort field by the title of its column, so the option reads like the header.
    static func title(_ field: BusinessSortField) -> Localized {
        BusinessColumn.allCases.first { $0.sortField == field }?.title ?? field.label
    }

    /// The chosen columns that fit a table `width` wide (the name always does).
    static func shown(_ chosen: [BusinessColumn], width: Int) -> [BusinessColumn] {
        let fitting = chosen.filter { width >= $0.minimumTableWidth }
        return fitting.contains(.name) ? fitting : [.name] + fitting
    }
}
