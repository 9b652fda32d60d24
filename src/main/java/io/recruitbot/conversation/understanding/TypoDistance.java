package io.recruitbot.conversation.understanding;

/** Whether two words are within a few typing slips of each other (optimal string alignment distance, bounded). */
final class TypoDistance {

	private TypoDistance() {
	}

	static boolean within(String a, String b, int allowed) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > allowed) {
				return false;
			}
		}
		return d[a.length()][b.length()] <= allowed;
	}

}
