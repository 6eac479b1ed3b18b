import Dispatch
import SMEModel

extension DashboardData {
    /// Loads the registry for the dashboard's first frame: the businesses first, then the
    /// cooperatives while another core builds the businesses' name order. The survey comes after
    /// the first frame (`readSurvey`).
    public static func loadRegistry(_ folder: DataFolder, progress: LoadProgressHandler? = nil) throws(DataFolderError) -> Registry {
        let businesses = try folder.loadRegistry(.businesses, progress: progress).businesses
        DispatchQueue.global(qos: .userInitiated).async { businesses.prepareIndexes() }
        let rest = try folder.loadRegistry([.cooperatives], progress: progress)
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
