import Dispatch
import SMEModel

extension DashboardData {
    /// Loads the registry for the dashboard: the businesses first, then the cooperatives (and
    /// the survey, unless it is read after the first frame) while another core builds the
    /// businesses' search keys and name order, which the first frame needs.
    public static func loadRegistry(_ folder: DataFolder, progress: LoadProgressHandler? = nil,
                                    includingSurvey: Bool = true) throws(DataFolderError) -> Registry {
        let businesses = try folder.loadRegistry(.businesses, progress: progress).businesses
        DispatchQueue.global(qos: .userInitiated).async { businesses.prepareIndexes() }
        let rest = try folder.loadRegistry(includingSurvey ? [.cooperatives, .survey] : [.cooperatives], progress: progress)
        return Registry(
            regions: rest.regions, sectors: rest.sectors, businesses: businesses, cooperatives: rest.cooperatives,
            waves: rest.waves, responses: rest.responses)
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
