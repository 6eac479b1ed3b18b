import Dispatch
import SMEModel

extension DashboardData {
    /// Loads the registry for the dashboard's first frame: the cooperatives on another core
    /// while this one reads the businesses (a column snapshot at province scale, whose checking is
    /// bound by memory, not by the cores), then the businesses' name order, unless the snapshot
    /// brought it. The survey comes after the first frame (`readSurvey`).
    public static func loadRegistry(_ folder: DataFolder, progress: LoadProgressHandler? = nil) throws(DataFolderError) -> Registry {
        let cooperatives = CooperativesLoad()
        DispatchQueue.global(qos: .userInitiated).async {
            cooperatives.finish(Result { () throws(DataFolderError) in try folder.loadRegistry([.cooperatives]) })
        }
        let businesses = try folder.loadRegistry(.businesses, progress: progress).businesses
        DispatchQueue.global(qos: .userInitiated).async { businesses.prepareIndexes() }
        let rest = try cooperatives.wait().get()
        return Registry(
            regions: rest.regions, sectors: rest.sectors, businesses: businesses, cooperatives: rest.cooperatives,
            waves: [], responses: [])
    }

    /// Reads the survey on another thread and posts it, or the reader's message, to `inbox`.
    /// Hundreds of thousands of responses take longer to read than the first frame may.
    public static func readSurvey(_ folder: DataFolder, into inbox: BackgroundInbox) {
        inbox.expect()
        DispatchQueue.global(qos: .userInitiated).async {
            do throws(DataFolderError) {
                let survey = try folder.loadRegistry([.survey])
                inbox.post(.surveyRead(LoadedSurvey(waves: survey.waves, responses: survey.responses)))
            } catch {
                inbox.post(.surveyUnreadable(Localized(id: error.description(.id), en: error.description(.en))))
            }
        }
    }
}

/// The cooperatives read on another thread while the businesses load, handed over once.
private final class CooperativesLoad: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Registry, DataFolderError>?

    func finish(_ result: Result<Registry, DataFolderError>) {
        self.result = result
        done.signal()
    }

    func wait() -> Result<Registry, DataFolderError> {
        done.wait()
        return result!
    }
}
