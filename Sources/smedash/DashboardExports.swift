import Foundation
import SMEDashboard
import SMEModel

/// Connects the dashboard's Export screen to the report module.
enum DashboardExports {
    static let performer = EffectPerformer()
}
