import SMEModel

/// Everything a user can ask for by name, grouped by who handles it: the app itself, the focused
/// list of any screen, the editing screens, or one screen. Keys map to commands through
/// `KeyBinding.table`; the command menu lists them; help and `docs/keybindings.md` describe them by
/// `name`.
public enum Command: Hashable, Sendable, CaseIterable {
    case app(AppCommand)
    case list(ListCommand)
    case edit(EditCommand)
    case businesses(BusinessesCommand)
    case survey(SurveyCommand)
    case checklists(ChecklistsCommand)
    case assess(AssessCommand)
    case export(ExportCommand)
    case inbox(InboxCommand)

    public static let allCases: [Command] =
        AppCommand.allCases.map(Command.app)
            + ListCommand.allCases.map(Command.list)
            + EditCommand.allCases.map(Command.edit)
            + BusinessesCommand.allCases.map(Command.businesses)
            + SurveyCommand.allCases.map(Command.survey)
            + ChecklistsCommand.allCases.map(Command.checklists)
            + AssessCommand.allCases.map(Command.assess)
            + ExportCommand.allCases.map(Command.export)
            + InboxCommand.allCases.map(Command.inbox)

    /// The name in the command menu and the docs, such as `add-item`.
    public var name: String {
        switch self {
        case .app(let command): command.rawValue
        case .list(let command): command.rawValue
        case .edit(let command): command.rawValue
        case .businesses(let command): command.rawValue
        case .survey(let command): command.rawValue
        case .checklists(let command): command.rawValue
        case .assess(let command): command.rawValue
        case .export(let command): command.rawValue
        case .inbox(let command): command.rawValue
        }
    }

    public var help: Localized {
        switch self {
        case .app(let command): command.help
        case .list(let command): command.help
        case .edit(let command): command.help
        case .businesses(let command): command.help
        case .survey(let command): command.help
        case .checklists(let command): command.help
        case .assess(let command): command.help
        case .export(let command): command.help
        case .inbox(let command): command.help
        }
    }

    public init?(name: String) {
        guard let found = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = found
    }
}

// Short names for the binding table and tests: `.quit` rather than `.app(.quit)`.
extension Command {
    public static let nextScreen = Command.app(.nextScreen)
    public static let previousScreen = Command.app(.previousScreen)
    public static let showBusinesses = Command.app(.showBusinesses)
    public static let showSurvey = Command.app(.showSurvey)
    public static let showChecklists = Command.app(.showChecklists)
    public static let showAssess = Command.app(.showAssess)
    public static let showExport = Command.app(.showExport)
    public static let showInbox = Command.app(.showInbox)
    public static let help = Command.app(.help)
    public static let commandMenu = Command.app(.commandMenu)
    public static let quit = Command.app(.quit)
    public static let redraw = Command.app(.redraw)
    public static let suspend = Command.app(.suspend)
    public static let toggleLanguage = Command.app(.toggleLanguage)
    public static let copy = Command.app(.copy)
    public static let reloadData = Command.app(.reloadData)
    public static let moveUp = Command.list(.moveUp)
    public static let moveDown = Command.list(.moveDown)
    public static let pageUp = Command.list(.pageUp)
    public static let pageDown = Command.list(.pageDown)
    public static let moveToTop = Command.list(.moveToTop)
    public static let moveToBottom = Command.list(.moveToBottom)
    public static let focusLeft = Command.list(.focusLeft)
    public static let focusRight = Command.list(.focusRight)
    public static let open = Command.list(.open)
    public static let back = Command.list(.back)
    public static let save = Command.edit(.save)
    public static let undo = Command.edit(.undo)
    public static let redo = Command.edit(.redo)
    public static let search = Command.businesses(.search)
    public static let filterRegion = Command.businesses(.filterRegion)
    public static let filterScale = Command.businesses(.filterScale)
    public static let filterOnline = Command.businesses(.filterOnline)
    public static let filterChannel = Command.businesses(.filterChannel)
    public static let clearFilters = Command.businesses(.clearFilters)
    public static let sortColumn = Command.businesses(.sortColumn)
    public static let reverseSort = Command.businesses(.reverseSort)
    public static let togglePersonalData = Command.businesses(.togglePersonalData)
    public static let filterType = Command.businesses(.filterType)
    public static let filterActive = Command.businesses(.filterActive)
    public static let ratWorklist = Command.businesses(.ratWorklist)
    public static let frequency = Command.businesses(.frequency)
    public static let columns = Command.businesses(.columns)
    public static let toggleColumn = Command.businesses(.toggleColumn)
    public static let moveColumnUp = Command.businesses(.moveColumnUp)
    public static let moveColumnDown = Command.businesses(.moveColumnDown)
    public static let exportView = Command.businesses(.exportView)
    public static let filterLastImport = Command.businesses(.filterLastImport)
    public static let pickWave = Command.survey(.pickWave)
    public static let pickBreakdown = Command.survey(.pickBreakdown)
    public static let nextBreakdown = Command.survey(.nextBreakdown)
    public static let compareWave = Command.survey(.compareWave)
    public static let addItem = Command.checklists(.addItem)
    public static let editItem = Command.checklists(.editItem)
    public static let editItemOtherLanguage = Command.checklists(.editItemOtherLanguage)
    public static let deleteItem = Command.checklists(.deleteItem)
    public static let moveItemUp = Command.checklists(.moveItemUp)
    public static let moveItemDown = Command.checklists(.moveItemDown)
    public static let toggleRequired = Command.checklists(.toggleRequired)
    public static let toggleCritical = Command.checklists(.toggleCritical)
    public static let newRevision = Command.checklists(.newRevision)
    public static let publish = Command.checklists(.publish)
    public static let checklistHistory = Command.checklists(.history)
    public static let pickBusiness = Command.assess(.pickBusiness)
    public static let cycleAnswer = Command.assess(.cycleAnswer)
    public static let enterNumber = Command.assess(.enterNumber)
    public static let editNote = Command.assess(.editNote)
    public static let editAction = Command.assess(.editAction)
    public static let newAssessment = Command.assess(.newAssessment)
    public static let setAssessor = Command.assess(.setAssessor)
    public static let visitDetails = Command.assess(.visitDetails)
    public static let cycleWeighting = Command.survey(.cycleWeighting)
    public static let openAssessment = Command.assess(.openAssessment)
    public static let followUp = Command.assess(.followUp)
    public static let responseFrequency = Command.survey(.frequency)
    public static let exportResponseFrequency = Command.survey(.exportView)
    public static let assessmentHistory = Command.assess(.history)
    public static let runExport = Command.export(.runExport)
    public static let previousValue = Command.export(.previousValue)
    public static let nextValue = Command.export(.nextValue)
    public static let cycleVerdict = Command.inbox(.cycleVerdict)
    public static let keepRow = Command.inbox(.keepRow)
    public static let mergeRow = Command.inbox(.mergeRow)
    public static let skipRow = Command.inbox(.skipRow)
    public static let acceptBatch = Command.inbox(.acceptBatch)
    public static let returnBatch = Command.inbox(.returnBatch)
}
