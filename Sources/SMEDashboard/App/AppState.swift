import SMEModel
import TerminalUI

/// Settings fixed at start-up.
public struct DashboardOptions: Hashable, Sendable {
    public var showsPersonalData: Bool
    public var glyphs: Glyphs
    /// Today's date for new assessments (ISO), passed in so `update` stays pure.
    public var today: String
    /// Who new assessments are by (from `SMEDASH_ASSESSOR`); nil asks on the first save.
    public var assessor: Assessor?
    /// A desktop session with xdg-open: exports offer to open what they wrote.
    public var canOpenFiles = false

    /// The year of `today`, for rules such as two years without a members' meeting.
    public var year: Int? { Int(today.prefix(4)) }
    /// The official allowed copying through the terminal (OSC 52); remembered in the settings.
    public var allowsCopy = false

    public init(showsPersonalData: Bool = false, glyphs: Glyphs = .unicode, today: String = "2021-11-01", assessor: Assessor? = nil) {
        self.showsPersonalData = showsPersonalData
        self.glyphs = glyphs
        self.today = today
        self.assessor = assessor
    }
}

/// The whole dashboard as a value: data, the current screen, each screen's state and the modal
/// stack. `update` changes it; `render` draws it.
public struct AppState: Sendable, Equatable {
    public static let minimumSize = Size(width: 60, height: 18)

    public var data: DashboardData
    public var language: Language
    public var options: DashboardOptions
    public var screen: Screen
    public var size: Size
    public var modals: [Modal]
    /// Recovered copies still to be asked about (see `offerRecovered`).
    public var pendingRecovered: [RecoveredCopy] = []
    public var status: StatusMessage?
    /// Set when the user chose "save and quit": quit once every save has come back.
    public var isQuittingAfterSave: Bool

    public var businesses: BusinessesScreen
    public var survey: SurveyScreen
    public var checklists: ChecklistsScreen
    public var assess: AssessScreen
    public var export: ExportScreen
    public var inbox: InboxScreen

    public init(data: DashboardData, language: Language, size: Size, options: DashboardOptions = DashboardOptions()) {
        self.data = data
        self.language = language
        self.options = options
        self.screen = .businesses
        self.size = size
        self.modals = []
        self.status = nil
        self.isQuittingAfterSave = false
        self.businesses = BusinessesScreen(data: data)
        self.survey = SurveyScreen(data: data)
        self.checklists = ChecklistsScreen(data: data)
        self.assess = AssessScreen(data: data)
        self.export = ExportScreen(data: data)
        self.inbox = InboxScreen(data: data)
    }

    /// True when some edit has not been saved yet.
    public var hasUnsavedChanges: Bool { checklists.isModified(in: data) || assess.isModified(in: data) }

    /// What the current screen may see and change besides its own state.
    func context() -> ScreenContext {
        ScreenContext(data: data, language: language, options: options, size: size,
                      chosenBusiness: businesses.isShowingCooperatives ? nil : businesses.selectedRow,
                      status: status, modals: modals, showScreen: nil)
    }

    /// A screen's state seen through the context, as its update and render code see it (for
    /// tests and the benchmark, which read layouts and figures the way the screen does).
    func scope<S>(_ screen: KeyPath<AppState, S>) -> ScreenScope<S> {
        ScreenScope(state: self[keyPath: screen], context: context())
    }

    /// Draws one screen straight into `grid`, without the title, status and hint lines.
    public func renderScreen(_ screen: Screen, in area: Rect, into grid: inout Grid) {
        let context = context()
        switch screen {
        case .businesses: businesses.render(in: area, context: context, into: &grid)
        case .survey: survey.render(in: area, context: context, into: &grid)
        case .checklists: checklists.render(in: area, context: context, into: &grid)
        case .assess: assess.render(in: area, context: context, into: &grid)
        case .export: export.render(in: area, context: context, into: &grid)
        case .inbox: inbox.render(in: area, context: context, into: &grid)
        }
    }

    /// Takes back what a screen changed in the context.
    mutating func absorb(_ context: ScreenContext) {
        status = context.status
        modals = context.modals
        if let shown = context.showScreen { screen = shown }
    }

    /// Starts assessing a business, as the Assess screen's Enter on a chosen business does.
    public mutating func startAssessment(of business: Int) {
        _ = update(.assess(.start(business: business)))
    }

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// The area between the tab line and the status and hint lines.
    public var bodyArea: Rect {
        Rect(x: 0, y: 1, width: max(size.width, 0), height: max(size.height - 3, 0))
    }

    public var numbers: NumberStyle { NumberStyle(language) }

    /// Shorthand for a string in the current language.
    public func text(_ id: String, _ en: String) -> String { language == .id ? id : en }
}

extension AppState {
    /// Shows files that could not be loaded at start-up, so a broken checklist is noticed, not
    /// silently missing.
    public mutating func showLoadProblems(_ problems: [FileProblem]) {
        let errors = problems.filter(\.isError)
        guard !errors.isEmpty else { return }
        modals.append(.message(title: Localized(id: "Sebagian berkas tidak dapat dimuat", en: "Some files could not be loaded"), lines:
                    errors.prefix(8).map { problem in
                        Localized(id: problem.description(.id), en: problem.description(.en))
                    } + [Localized(id: "Berkas lain tetap dapat dipakai. Perbaiki lalu buka ulang.",
                                   en: "The other files can be used. Fix these and reopen.")]))
    }
}
