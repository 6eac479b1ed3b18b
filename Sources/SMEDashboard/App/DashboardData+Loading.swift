import Dispatch
import SMEModel

extension DashboardData {
    /// Loads the registry for the dashboard: the businesses first, then the cooperatives and the
    /// survey while another core builds the businesses' search keys and name order, which the
    /// first frame needs.
    public static func loadRegistry(_ folder: DataFolder, progress: LoadProgressHandler? = nil) throws(DataFolderError) -> Registry {
        let businesses = try folder.loadRegistry(.businesses, progress: progress).businesses
        DispatchQueue.global(qos: .userInitiated).async { businesses.prepareIndexes() }
        let rest = try folder.loadRegistry([.cooperatives, .survey], progress: progress)
        return Registry(
            regions: rest.regions, sectors: rest.sectors, businesses: businesses, cooperatives: rest.cooperatives,
            waves: rest.waves, responses: rest.responses)
    }
}
