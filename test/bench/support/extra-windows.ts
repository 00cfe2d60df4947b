import { Sqlite } from './sqlite';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export interface ExtraWindows {
  addedWindows: number[];
  addedClerks: string[];
}

/**
 * The demo centre has windows 1–6 and clerk1…clerk6; the API cannot create more yet. While the server is
 * stopped, add comprehensive windows and clerk accounts (clerk1's password hash, roles and halls, so they
 * sign in with the demo password and work in its hall) until there are `count` of each.
 */
export async function addWindowsAndClerks(dbPath: string, hall: string, count: number): Promise<ExtraWindows> {
  const db = await Sqlite.open(dbPath);
  try {
    await db.run('PRAGMA busy_timeout = 5000');
    await db.run('BEGIN IMMEDIATE');
    const addedWindows: number[] = [];
    const addedClerks: string[] = [];
    for (let n = 1; n <= count; n++) {
      const window = await db.get('SELECT id FROM hall_windows WHERE hallCode = ? AND number = ?', [hall, n]);
      if (!window) {
        const { changes } = await db.run(
          "INSERT INTO hall_windows (hallCode, number, name, kind, queueCodes, status, operatorId, currentTicketId, priorityStreak, updatedAt) VALUES (?, ?, ?, 'comprehensive', '[]', 'closed', NULL, NULL, 0, ?)",
          [hall, n, `${n}号综合窗口`, Date.now()],
        );
        if (changes !== 1) throw new Error(`could not add window ${n}`);
        addedWindows.push(n);
      }
      const username = `clerk${n}`;
      if (!(await db.get('SELECT id FROM users WHERE username = ?', [username]))) {
        const { changes } = await db.run(
          'INSERT INTO users (username, displayName, passwordHash, roles, departmentCodes, hallCodes, active, createdAt) ' +
            "SELECT ?, ?, passwordHash, roles, departmentCodes, hallCodes, active, createdAt FROM users WHERE username = 'clerk1'",
          [username, `综合受理员${DIGITS[n] ?? n}`],
        );
        if (changes !== 1) throw new Error(`could not add ${username} (is clerk1 seeded?)`);
        addedClerks.push(username);
      }
    }
    await db.run('COMMIT');
    return { addedWindows, addedClerks };
  } finally {
    await db.close();
  }
}
