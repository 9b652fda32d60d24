package io.recruitbot.conversation.understanding;

/** Where a place lies, in WGS84 degrees (as GeoNames gives them). */
public record Coordinates(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** The straight-line (great-circle, haversine) distance: what a candidate's place is matched on, not the road. */
	public double kilometresTo(Coordinates other) {
		double lat1 = Math.toRadians(this.latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
