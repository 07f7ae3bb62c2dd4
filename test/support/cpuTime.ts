/**
 * The CPU time one call takes, in milliseconds. A guard against quadratic work reads CPU time, not wall
 * time: other processes on a busy two-core machine stretch the wall clock, not this process's CPU time.
 */
export function cpuMillis(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
