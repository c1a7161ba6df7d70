package jp.kyoso.kpi.projection;

/**
 * A row the KPI projection derives from an event. Each is keyed by what the event names (event and metric, meeting,
 * declaration), so writing it again — a redelivery, a replay — stores nothing new.
 */
public interface Fact {
}
