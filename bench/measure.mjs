// A small, dependency-free timing harness. Speed is measured here, never asserted in tests.
//
// Time is the process's CPU time (user + system, from process.cpuUsage), not the wall clock: on a
// machine whose cores are shared with other work, the wall clock counts the time this process
// waited for a core, CPU time only the time it ran. Ratios between two things measured in the
// same process are the sturdiest figures either way.

/** CPU time used by this process so far, in milliseconds. */
export function cpuNow() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `fn` repeatedly and returns the median time per call over `rounds` rounds.
 * `fn` is called `perRound` times a round; its results are kept live so nothing is optimised away.
 */
export function measure(fn, { perRound = 1000, rounds = 15, warmup = 3 } = {}) {
  let sink = 0;
  const perCall = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const start = cpuNow();
    for (let i = 0; i < perRound; i++) if (fn(i)) sink++;
    const elapsed = cpuNow() - start;
    if (round >= warmup) perCall.push(elapsed / perRound);
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(perCall.length / 2)];
  return { msPerCall: median, perSecond: 1000 / median, sink };
}

/** Prints one result line: name, time per call and calls per second. */
export function report(name, { msPerCall, perSecond }) {
  const micros = (msPerCall * 1000).toFixed(msPerCall < 0.01 ? 3 : 1);
  console.log(
    `${name.padEnd(58)} ${micros.padStart(10)} µs/call ${Math.round(perSecond).toLocaleString('en-GB').padStart(12)} /s`,
  );
}

/** Prints how many times faster `ours` is than `theirs`. */
export function ratio(label, ours, theirs) {
  console.log(`${label.padEnd(58)} ${(theirs.msPerCall / ours.msPerCall).toFixed(1).padStart(10)} × faster`);
}
