#!/usr/bin/env python3
"""Process-level benchmarks of the built kiosk under X (issue 8, items 1, 2, 3, 6 and 8).

Started by tools/bench, which builds the release binary, starts Xvfb and passes DISPLAY.
For the kiosk (measurement mode, ACCESS_KIOSK_BENCH) and for Debian's Chromium in kiosk mode
on the same ui/dist pages (the anchor), it measures:

  start-up  process start -> first paint of the attract screen, as the page reports it
            (performance.timeOrigin + the time after the first frame), over --runs starts
            on a warm file cache (an unprivileged container cannot drop the cache);
  memory    RSS and PSS summed over the whole process tree (processes, not threads), from
            /proc/<pid>/smaps_rollup, --settle seconds after ready, in each of those runs;
  idle CPU  user+system time of the whole tree on the attract screen over --idle seconds,
            in windows of 10 s (the X server's own time is shown beside it);
            and again once the attract screen has shown every language (--steady-after s
            after ready: the first minute includes loading each language's fonts);
  sessions  (kiosk only) --sessions patients played through the real buttons and handlers by
            the page script, with every tap-to-painted-screen time and, the form being typed
            key by key on the kiosk's own keyboard, every key-tap-to-painted-character time;
            memory before, after the first patient in each language, every 100 patients,
            and after the last.

Then the same start-up and sessions again on a "cheap tablet" profile (--cheap-runs starts,
--cheap-sessions patients): the whole kiosk, every process it starts (WebKit's web and
network processes included), in a cgroup limited to one CPU core at 40 % of its time
(cgroup v2 cpu.max "40000 100000" and cpuset.cpus, or on a cgroup v1 host the same through
cpu.cfs_quota_us / cpu.cfs_period_us and cpuset.cpus). The limit is checked before use: a
busy loop's CPU share inside the cgroup, and every process of the kiosk found in it.

Prints medians and spreads; writes everything to --json. Asserts nothing.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLK_TCK = os.sysconf("SC_CLK_TCK")
REPORT = re.compile(r"KIOSK_BENCH (\{.*\})")
# The first memory checkpoint: one patient per language the page plays (bench.js), so every
# font and screen has been used once; then one every CHECKPOINT_EVERY patients.
WARM_SESSIONS = 5
CHECKPOINT_EVERY = 100
# The pace of the patients the page plays (--key-pause-ms, --screen-pause-ms): a tap is
# timed alone, as a person's taps come, not queued behind the one before.
PACE = {"key_ms": 0, "screen_ms": 0}


# ---- /proc ------------------------------------------------------------------------------

def _stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    # The command name may hold spaces and brackets: split after its closing bracket.
    return text[text.rindex(")") + 2:].split()


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def process_tree(root, marker=None):
    """The root and every descendant (thread-group leaders only), plus any process whose
    command line holds `marker` (helpers that re-parent themselves, e.g. crash handlers)."""
    parents, found = {}, set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            parents[pid] = int(_stat(pid)[1])
        except (OSError, ValueError, IndexError):
            continue
        if marker and marker in _cmdline(pid):
            found.add(pid)
    frontier = [root] if root in parents else []
    while frontier:
        pid = frontier.pop()
        found.add(pid)
        frontier.extend(c for c, p in parents.items() if p == pid and c not in found)
    return sorted(found)


def memory_kb(pids):
    rss = pss = n = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line and not line.startswith("0"))
        except OSError:
            continue
        rss += int(fields["Rss"].split()[0])
        pss += int(fields["Pss"].split()[0])
        n += 1
    return rss, pss, n


def memory_by_process(pids):
    """PSS in MB per process name, to see which process grows."""
    out = {}
    for pid, name in zip(pids, names(pids)):
        out[f"{name}[{pid}]"] = round(memory_kb([pid])[1] / 1024, 1)
    return out


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = _stat(pid)
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def names(pids):
    out = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/comm") as f:
                out.append(f.read().strip())
        except OSError:
            pass
    return out


# ---- the cheap tablet: one core at 40 % ------------------------------------------------

class CheapTablet:
    """A cgroup that gives whatever runs in it one CPU core at `share` of its time. Made
    with cgroup v2 where the cpu and cpuset controllers can be enabled, else with cgroup v1's
    cpu and cpuset hierarchies (as in a container whose /sys/fs/cgroup is v1). Root only.
    Its weight is the highest there is, so other work on a shared machine cannot take that
    share: the quota alone decides how fast the kiosk runs, as a slow tablet's core would."""

    NAME = "access-kiosk-bench-cheap"
    PERIOD_US = 100_000

    def __init__(self, share=0.40, core=None):
        self.share = share
        self.core = core if core is not None else max(os.sched_getaffinity(0))
        self.quota_us = int(self.PERIOD_US * share)
        self.dirs = []  # the cgroup folders to put a process in (one per v1 hierarchy)
        self.how = None
        v2 = Path("/sys/fs/cgroup")
        v1cpu, v1set = v2 / "cpu", v2 / "cpuset"
        if (v2 / "cgroup.controllers").exists():
            controllers = (v2 / "cgroup.controllers").read_text().split()
            if not {"cpu", "cpuset"} <= set(controllers):
                raise RuntimeError(f"cgroup v2 here has no cpu/cpuset controller ({controllers})")
            (v2 / "cgroup.subtree_control").write_text("+cpu +cpuset")
            d = v2 / self.NAME
            d.mkdir(exist_ok=True)
            (d / "cpuset.cpus").write_text(str(self.core))
            (d / "cpu.max").write_text(f"{self.quota_us} {self.PERIOD_US}")
            (d / "cpu.weight").write_text("10000")
            self.dirs = [d]
            self.how = (f"cgroup v2 {d}: cpu.max \"{self.quota_us} {self.PERIOD_US}\", "
                        f"cpuset.cpus {self.core}, cpu.weight 10000")
        elif (v1cpu / "cpu.cfs_quota_us").exists() and (v1set / "cpuset.cpus").exists():
            c, cs = v1cpu / self.NAME, v1set / self.NAME
            c.mkdir(exist_ok=True)
            cs.mkdir(exist_ok=True)
            (c / "cpu.cfs_period_us").write_text(str(self.PERIOD_US))
            (c / "cpu.cfs_quota_us").write_text(str(self.quota_us))
            (c / "cpu.shares").write_text("262144")
            (cs / "cpuset.cpus").write_text(str(self.core))
            (cs / "cpuset.mems").write_text((v1set / "cpuset.mems").read_text().strip())
            self.dirs = [c, cs]
            self.how = (f"cgroup v1 {c}: cpu.cfs_quota_us {self.quota_us} per cpu.cfs_period_us "
                        f"{self.PERIOD_US} (cgroup v2's cpu.max \"{self.quota_us} {self.PERIOD_US}\"), "
                        f"cpu.shares 262144, and {cs}: cpuset.cpus {self.core}")
        else:
            raise RuntimeError("no writable cgroup cpu and cpuset controllers here")

    def enter(self):
        """Moves the calling process into the cgroup (a Popen preexec_fn): what it starts,
        WebKit's processes included, is born inside."""
        for d in self.dirs:
            (d / "cgroup.procs").write_text(str(os.getpid()))

    def holds(self, pid):
        """Whether `pid` is in the cgroup (in each v1 hierarchy used)."""
        try:
            with open(f"/proc/{pid}/cgroup") as f:
                lines = [line.rstrip() for line in f]
        except OSError:
            return False
        return sum(1 for line in lines if line.endswith("/" + self.NAME)) >= len(self.dirs)

    def throttling(self):
        """(periods, throttled periods, throttled seconds) so far, from cpu.stat."""
        text = (self.dirs[0] / "cpu.stat").read_text()
        stat = dict(line.split() for line in text.splitlines() if line.strip())
        if "nr_periods" in stat:
            throttled_s = int(stat.get("throttled_usec", 0)) / 1e6 or int(stat.get("throttled_time", 0)) / 1e9
            return int(stat["nr_periods"]), int(stat["nr_throttled"]), throttled_s
        return 0, 0, 0.0

    def check(self, seconds=3.0):
        """A busy loop's share of a core inside the cgroup, and outside it, for comparison."""
        loop = ("import time; t = time.monotonic(); c = time.process_time()\n"
                f"while time.monotonic() - t < {seconds}: pass\n"
                "print((time.process_time() - c) / (time.monotonic() - t))")
        inside = float(subprocess.run([sys.executable, "-c", loop], capture_output=True, text=True,
                                      preexec_fn=self.enter, check=True).stdout)
        outside = float(subprocess.run([sys.executable, "-c", loop], capture_output=True, text=True,
                                       check=True).stdout)
        return {"inside_pct": 100 * inside, "outside_pct": 100 * outside}

    def close(self):
        for d in reversed(self.dirs):
            for _ in range(50):
                try:
                    d.rmdir()
                    break
                except OSError:
                    time.sleep(0.1)  # its last processes are still exiting


# ---- one launched browser ---------------------------------------------------------------

class Launched:
    """A started kiosk or Chromium, its own process group, and the reports its page sent."""

    def __init__(self, argv, env, report_stream, marker=None, cgroup=None):
        self.marker = marker
        self.reports = []
        self.cond = threading.Condition()
        self.log = []
        out = subprocess.PIPE if report_stream == "stdout" else subprocess.DEVNULL
        err = subprocess.PIPE if report_stream == "stderr" else subprocess.DEVNULL
        self.spawned_epoch_ms = time.time() * 1000.0
        self.proc = subprocess.Popen(argv, env=env, stdout=out, stderr=err, start_new_session=True,
                                     preexec_fn=cgroup.enter if cgroup else None)
        stream = self.proc.stdout if report_stream == "stdout" else self.proc.stderr
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for raw in stream:
            line = raw.decode(errors="replace")
            m = REPORT.search(line)
            if not m:
                if len(self.log) < 200:
                    self.log.append(line.rstrip())
                continue
            try:
                report = json.loads(m.group(1))
            except json.JSONDecodeError:
                continue
            with self.cond:
                self.reports.append(report)
                self.cond.notify_all()

    def wait_for(self, kind, timeout):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for r in self.reports:
                    if r["kind"] == kind:
                        return r
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    tail = "\n".join(self.log[-20:])
                    kinds = [r["kind"] for r in self.reports]
                    raise RuntimeError(f"no '{kind}' report within {timeout} s (reports so far: {kinds}); output:\n{tail}")
                self.cond.wait(min(left, 0.5))

    def pids(self):
        return process_tree(self.proc.pid, self.marker)

    def stop(self):
        pids = self.pids()
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for sig in (signal.SIGTERM, signal.SIGKILL):
            alive = [p for p in pids if os.path.exists(f"/proc/{p}")]
            for p in alive:
                try:
                    os.kill(p, sig)
                except ProcessLookupError:
                    pass
            if alive:
                time.sleep(0.5)
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


# ---- the two contenders -----------------------------------------------------------------

def page_script(workdir, name, config):
    path = workdir / name
    path.write_text(f"window.__KIOSK_BENCH__ = {json.dumps(config)};\n" + (HERE / "page" / "bench.js").read_text())
    return path


class Kiosk:
    label = "Access Kiosk (Tauri)"

    def __init__(self, binary, workdir, cgroup=None, name="kiosk-data"):
        self.binary = binary
        self.workdir = workdir
        self.cgroup = cgroup
        if cgroup:
            self.label = "Access Kiosk, cheap tablet"
        self.data_dir = workdir / name
        self.data_dir.mkdir()

    def set_up(self):
        """Sets the kiosk up as its installer would (until then it takes no patient): the
        set-up code from the command line, then the first administrator, through the page."""
        code = subprocess.run([str(self.binary), "setup-code", "--data-dir", str(self.data_dir)],
                              capture_output=True, text=True, check=True).stdout.strip()
        app = self.launch({"setupCode": code})
        try:
            app.wait_for("set-up", 60)
        finally:
            app.stop()

    def launch(self, config):
        script = page_script(self.workdir, f"kiosk-bench-{time.monotonic_ns()}.js", config)
        env = dict(os.environ, ACCESS_KIOSK_BENCH=str(script))
        return Launched([str(self.binary), "--data-dir", str(self.data_dir)], env, "stdout",
                        cgroup=self.cgroup)


class Chromium:
    label = "Chromium --kiosk"

    def __init__(self, binary, dist, workdir, fixture):
        self.binary = binary
        self.workdir = workdir
        self.site = workdir / "chromium-site"
        shutil.copytree(dist, self.site)
        (self.site / "bench-fixture.js").write_text(
            f"window.__KIOSK_FIXTURE__ = {json.dumps(fixture)};\n"
        )
        shutil.copy(HERE / "page" / "chromium-shim.js", self.site / "bench-shim.js")
        index = (self.site / "index.html").read_text()
        tag = '<script type="module" src="main.js"></script>'
        assert tag in index, "ui/dist/index.html changed: update the Chromium page set-up"
        self.index = self.site / "index.html"
        self.index_text = index
        self.tag = tag

    def launch(self, config):
        page_script(self.site, "bench.js", config)
        self.index.write_text(self.index_text.replace(
            self.tag,
            '<script src="bench-fixture.js"></script><script src="bench-shim.js"></script>'
            '<script src="bench.js"></script>\n  ' + self.tag,
        ))
        profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=self.workdir))
        argv = [
            self.binary, "--kiosk", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", f"--user-data-dir={profile}",
            "--enable-logging=stderr", "--v=0", "--password-store=basic",
            # The page is ES modules (ui/src/main.js and what it imports), which Chromium
            # loads from file:// only with this; the kiosk serves them from its own origin.
            "--allow-file-access-from-files",
        ]
        if os.geteuid() == 0:
            argv.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        argv.append(self.index.as_uri())
        return Launched(argv, dict(os.environ), "stderr", marker=str(profile))


# ---- measurements -----------------------------------------------------------------------

def starts(who, runs, settle):
    """Cold starts: time to ready and memory `settle` s later, once per run."""
    out = []
    for i in range(runs + 1):
        app = who.launch({})
        try:
            ready = app.wait_for("ready", 60)
            time.sleep(settle)
            pids = app.pids()
            rss, pss, n = memory_kb(pids)
            sample = {
                "start_ms": ready["epochMs"] - app.spawned_epoch_ms,
                "page_ms": ready["sinceNavigationMs"],
                "script_ms": ready.get("scriptMs"),
                "dom_content_loaded_ms": ready.get("domContentLoadedMs"),
                "rss_mb": rss / 1024, "pss_mb": pss / 1024, "processes": n,
                "names": names(pids),
                "timeline": ready.get("timeline"),
            }
        finally:
            app.stop()
        if i == 0:
            continue  # the first start warms the file cache and (kiosk) creates the database
        out.append(sample)
        print(f"  {who.label} start {i}/{runs}: {sample['start_ms']:.0f} ms, "
              f"RSS {sample['rss_mb']:.0f} MB, PSS {sample['pss_mb']:.0f} MB, {n} processes",
              flush=True)
        time.sleep(0.5)
    return out


def idle_cpu(app, seconds, xvfb_pid, window=10.0):
    """Share of one core used by the app's processes (and by Xvfb) while nobody touches it."""
    samples = []
    left = seconds
    while left > 0:
        span = min(window, left)
        pids = app.pids()
        c0, x0, t0 = cpu_seconds(pids), cpu_seconds([xvfb_pid]) if xvfb_pid else 0.0, time.monotonic()
        time.sleep(span)
        pids = sorted(set(pids) | set(app.pids()))
        c1, x1, t1 = cpu_seconds(pids), cpu_seconds([xvfb_pid]) if xvfb_pid else 0.0, time.monotonic()
        samples.append({"app_pct": 100 * (c1 - c0) / (t1 - t0), "xvfb_pct": 100 * (x1 - x0) / (t1 - t0),
                        "seconds": t1 - t0})
        left -= span
    total = sum(s["app_pct"] * s["seconds"] for s in samples) / sum(s["seconds"] for s in samples)
    xtotal = sum(s["xvfb_pct"] * s["seconds"] for s in samples) / sum(s["seconds"] for s in samples)
    return {"windows": samples, "app_pct": total, "xvfb_pct": xtotal}


def long_run(who, settle, idle, steady_after, sessions, xvfb_pid, cgroup=None):
    """One start: memory on the attract screen, idle CPU (in the first minute and once every
    language has been shown; not with idle=0), then (kiosk) the patient sessions with memory
    checkpoints."""
    result = {}
    checkpoints = sorted({min(WARM_SESSIONS, sessions)} | set(range(CHECKPOINT_EVERY, sessions, CHECKPOINT_EVERY)))
    checkpoints = [c for c in checkpoints if 0 < c < sessions]
    sessions_after = max(settle + idle, steady_after + idle if steady_after else 0) + 3
    config = {"sessions": sessions, "sessionsAfterMs": int(sessions_after * 1000),
              "checkpoints": checkpoints, "pauseMs": int((settle + 3) * 1000),
              "keyPauseMs": PACE["key_ms"], "screenPauseMs": PACE["screen_ms"]}
    app = who.launch(config)
    try:
        app.wait_for("ready", 60)
        ready_at = time.monotonic()
        time.sleep(settle)
        rss, pss, n = memory_kb(app.pids())
        result["before"] = {"rss_mb": rss / 1024, "pss_mb": pss / 1024, "processes": n,
                            "pss_by_process": memory_by_process(app.pids())}
        if idle:
            print(f"  {who.label}: idle CPU over {idle} s ...", flush=True)
            result["idle"] = idle_cpu(app, idle, xvfb_pid)
        if idle and steady_after:
            time.sleep(max(0.0, ready_at + steady_after - time.monotonic()))
            print(f"  {who.label}: idle CPU over {idle} s, {steady_after:.0f} s after start ...", flush=True)
            result["idle_steady"] = idle_cpu(app, idle, xvfb_pid)
            result["idle_steady"]["after_s"] = steady_after
        if sessions:
            app.wait_for("sessions-start", sessions_after + 30)
            print(f"  {who.label}: {sessions} patient sessions through the UI ...", flush=True)
            if cgroup:
                pids = app.pids()
                inside = [p for p in pids if cgroup.holds(p)]
                result["cgroup_processes"] = {"all": names(pids), "inside": names(inside)}
                print(f"      {len(inside)} of its {len(pids)} processes are in the cheap tablet's cgroup: "
                      f"{sorted(set(names(inside)))}", flush=True)
                throttled_before = cgroup.throttling()
            time.sleep(settle)
            rss, pss, n = memory_kb(app.pids())
            result["at_sessions_start"] = {"rss_mb": rss / 1024, "pss_mb": pss / 1024, "processes": n,
                                           "after_s": time.monotonic() - ready_at,
                                           "pss_by_process": memory_by_process(app.pids())}
            # A patient is some 40 key taps and 6 screen taps at the chosen pace; a cheap
            # tablet takes longer.
            per_patient = (5 + 45 * (PACE["key_ms"] / 1000 + 0.1) + 7 * (PACE["screen_ms"] / 1000 + 0.3)) \
                * (3 if cgroup else 1.5)
            result["checkpoints"] = []
            for c in checkpoints:
                app.wait_for(f"checkpoint-{c}", 60 + c * per_patient)
                time.sleep(settle)
                rss, pss, n = memory_kb(app.pids())
                result["checkpoints"].append({"sessions": c, "rss_mb": rss / 1024, "pss_mb": pss / 1024,
                                              "pss_by_process": memory_by_process(app.pids())})
            done = app.wait_for("sessions-done", 60 + sessions * per_patient)
            result["sessions_ms"] = done["ms"]
            result["taps"] = done["taps"]
            result["tap_parts"] = done.get("tapParts") or {}
            result["stalls"] = done.get("stalls") or []
            for stall in result["stalls"]:
                print(f"      patient {stall['patient']} stopped on {stall['screen']}: {stall['error']} "
                      "(played again after the inactivity reset)", flush=True)
            result["keys"] = done.get("keys")
            result["reloads"] = done.get("reloads")
            if cgroup:
                p0, t0, s0 = throttled_before
                p1, t1, s1 = cgroup.throttling()
                result["throttling"] = {"periods": p1 - p0, "throttled_periods": t1 - t0, "throttled_s": s1 - s0}
            time.sleep(settle)
            rss, pss, n = memory_kb(app.pids())
            result["after"] = {"rss_mb": rss / 1024, "pss_mb": pss / 1024, "processes": n,
                               "pss_by_process": memory_by_process(app.pids())}
    finally:
        app.stop()
    return result


def fixture_from_kiosk(kiosk):
    app = kiosk.launch({"fixture": True})
    try:
        return app.wait_for("fixture", 60)
    finally:
        app.stop()


# ---- printing ---------------------------------------------------------------------------

def spread(values):
    v = sorted(values)
    q = statistics.quantiles(v, n=4, method="inclusive") if len(v) > 1 else [v[0]] * 3
    return {"median": statistics.median(v), "min": v[0], "max": v[-1], "q1": q[0], "q3": q[2], "n": len(v)}


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round((len(v) - 1) * p)))]


def fmt(s, unit):
    return f"{s['median']:7.1f} {unit}  (min {s['min']:.1f}, IQR {s['q1']:.1f}-{s['q3']:.1f}, max {s['max']:.1f}; n={s['n']})"


def verdict(value, target, smaller_is_better=True):
    ok = value <= target if smaller_is_better else value >= target
    return "met" if ok else "MISSED"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--app", required=True, type=Path)
    ap.add_argument("--dist", required=True, type=Path)
    ap.add_argument("--chromium", default=shutil.which("chromium"))
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--settle", type=float, default=3.0)
    ap.add_argument("--idle", type=float, default=60.0)
    ap.add_argument("--steady-after", type=float, default=240.0,
                    help="seconds after start for the second idle CPU sample (0: none); the "
                         "attract screen shows each of its 15 languages for 15 s")
    ap.add_argument("--sessions", type=int, default=500)
    ap.add_argument("--xvfb-pid", type=int, default=0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", choices=["kiosk", "chromium", "both"], default="both")
    ap.add_argument("--cheap-runs", type=int, default=3,
                    help="measured starts on the cheap tablet profile (one core at 40 %%)")
    ap.add_argument("--cheap-sessions", type=int, default=100,
                    help="patients played on the cheap tablet profile (0: no cheap profile)")
    ap.add_argument("--cheap-share", type=float, default=0.40,
                    help="the cheap tablet's share of its one core")
    ap.add_argument("--key-pause-ms", type=int, default=150,
                    help="pause before each key tap (150: a quick typist, about 6 keys a second)")
    ap.add_argument("--screen-pause-ms", type=int, default=500,
                    help="pause before each screen tap and between patients")
    args = ap.parse_args()
    PACE["key_ms"], PACE["screen_ms"] = args.key_pause_ms, args.screen_pause_ms
    if not os.environ.get("DISPLAY"):
        sys.exit("process.py needs DISPLAY (tools/bench starts Xvfb)")

    workdir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    results = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "runs": args.runs, "loadavg_before": loadavg()}
    try:
        kiosk = Kiosk(args.app, workdir)
        kiosk.set_up()
        print(f"kiosk: {args.app}  ({args.runs} measured starts after one warm-up)", flush=True)
        if args.only in ("kiosk", "both"):
            results["kiosk_starts"] = starts(kiosk, args.runs, args.settle)
            results["kiosk_long"] = long_run(kiosk, max(args.settle, 5.0), args.idle, args.steady_after, args.sessions, args.xvfb_pid)
        if args.only in ("chromium", "both"):
            if not args.chromium:
                sys.exit("chromium is not installed (tools/bench installs it)")
            fixture = fixture_from_kiosk(kiosk)
            chromium = Chromium(args.chromium, args.dist, workdir, {"settings": fixture["settings"], "bundles": fixture["bundles"]})
            version = subprocess.run([args.chromium, "--version"], capture_output=True, text=True).stdout.strip()
            results["chromium_version"] = version
            print(f"anchor: {version}", flush=True)
            results["chromium_starts"] = starts(chromium, args.runs, args.settle)
            results["chromium_long"] = long_run(chromium, max(args.settle, 5.0), args.idle, args.steady_after, 0, args.xvfb_pid)
        if args.only in ("kiosk", "both") and args.cheap_sessions:
            cheap_profile(args, workdir, results)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    results["loadavg_after"] = loadavg()
    print_summary(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))
        print(f"\n(all samples in {args.json})")


def cheap_profile(args, workdir, results):
    """The kiosk again, all its processes in one core at --cheap-share of its time."""
    try:
        tablet = CheapTablet(args.cheap_share)
    except (OSError, RuntimeError) as e:
        print(f"\ncheap tablet profile: not available here ({e}); skipped", flush=True)
        results["cheap"] = {"skipped": str(e)}
        return
    try:
        check = tablet.check()
        print(f"\ncheap tablet profile: {tablet.how}", flush=True)
        print(f"  check: a busy loop gets {check['inside_pct']:.0f} % of a core inside it "
              f"({check['outside_pct']:.0f} % outside, on this shared machine)", flush=True)
        results["cheap"] = {"how": tablet.how, "check": check}
        kiosk = Kiosk(args.app, workdir, cgroup=tablet, name="kiosk-data-cheap")
        kiosk.set_up()
        results["cheap_starts"] = starts(kiosk, args.cheap_runs, args.settle)
        results["cheap_long"] = long_run(kiosk, max(args.settle, 5.0), 0, 0, args.cheap_sessions,
                                         args.xvfb_pid, cgroup=tablet)
    finally:
        tablet.close()


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def print_keys_and_taps(r):
    """Tap to next screen and key tap to painted character, on this machine and on the
    cheap tablet, side by side (issue 16, item 4)."""
    profiles = [("here", "this machine", r.get("kiosk_long", {}), (16, 50)),
                ("cheap", "cheap tablet (1 core at 40 %)", r.get("cheap_long", {}), (50, 100))]
    if not any("taps" in k for _, _, k, _ in profiles):
        return
    print("\ntaps and key taps (p50 / p95 / max, ms):")
    if "cheap" in r and "how" in r["cheap"]:
        c = r["cheap"]
        print(f"  cheap tablet: {c['how']}; busy loop inside {c['check']['inside_pct']:.0f} % of a core")
        t = r.get("cheap_long", {}).get("throttling")
        if t:
            print(f"  throttled in {t['throttled_periods']} of {t['periods']} periods of 100 ms during the sessions "
                  f"({t['throttled_s']:.1f} s held back)")
        inside = r.get("cheap_long", {}).get("cgroup_processes")
        if inside:
            print(f"  in the cgroup: {len(inside['inside'])} of {len(inside['all'])} processes {sorted(set(inside['inside']))}")
    for key, label, k, (key_target, screen_target) in profiles:
        if "taps" not in k:
            continue
        n = len(k["taps"].get("attract>language", []))
        print(f"  {label}, {n} patients:")
        # The fresh page that replaces the attract screen after each patient is not a screen
        # change anyone sees: shown below, not counted in the figure.
        every = [ms for step, v in k["taps"].items() if not step.endswith(">fresh page") for ms in v]
        target = "target p95 <= 50 ms" if key == "here" else f"target p95 <= {screen_target} ms"
        print(f"    tap to next screen painted       p50 {pct(every, .5):6.1f}  p95 {pct(every, .95):6.1f}  "
              f"max {max(every):6.1f}  n={len(every)}  ({target}, {verdict(pct(every, .95), 50 if key == 'here' else screen_target)})")
        tap_parts = k.get("tap_parts") or {}
        for step, v in k["taps"].items():
            print(f"      {step:<30} p50 {pct(v, .5):6.1f}  p95 {pct(v, .95):6.1f}  max {max(v):6.1f}  n={len(v)}")
            # Where a screen change's time went: the handlers (and their commands) until the
            # new screen is in the DOM, waiting for the frame, rendering it.
            parts = tap_parts.get(step) or []
            if parts:
                cols = list(zip(*parts))
                print("        " + ", ".join(
                    f"{name} p50 {pct(c, .5):.0f} p95 {pct(c, .95):.0f}"
                    for name, c in zip(("handlers", "waiting for the frame", "rendering"), cols)) + " ms")
        keys = k.get("keys") or {}
        for kind, what in (("char", "key tap to character painted"), ("switch", "key tap to other keys painted"),
                           ("open", "field tap to keyboard painted")):
            v = keys.get(kind) or []
            if not v:
                continue
            extra = f"  (target p95 <= {key_target} ms, {verdict(pct(v, .95), key_target)})" if kind == "char" else ""
            print(f"    {what:<32} p50 {pct(v, .5):6.1f}  p95 {pct(v, .95):6.1f}  max {max(v):6.1f}  n={len(v)}{extra}")
        reloads = k.get("reloads") or []
        if reloads:
            med = lambda key: statistics.median(x[key] for x in reloads if x.get(key) is not None)
            print(f"      a fresh page (median of {len(reloads)}): tap to its navigation {med('tapToNavigation'):.0f} ms, "
                  f"then document {med('responseEnd'):.0f}, interactive {med('domInteractive'):.0f}, "
                  f"DOMContentLoaded {med('domContentLoaded'):.0f}, ready {med('ready'):.0f}, painted {med('painted'):.0f} ms")
            files = {}
            for x in reloads:
                for name, start, end in x["files"]:
                    files.setdefault(name, []).append((start, end))
            slow = sorted(files.items(), key=lambda kv: -statistics.median(e for _, e in kv[1]))[:6]
            if slow:
                print("        last files and commands to arrive (start-end, medians): " + ", ".join(
                    f"{n} {statistics.median(a for a, _ in v):.0f}-{statistics.median(e for _, e in v):.0f}" for n, v in slow))
        parts = keys.get("parts") or []
        if parts:
            cols = list(zip(*parts))
            print("      of a key tap: " + ", ".join(
                f"{name} p50 {pct(c, .5):.1f} p95 {pct(c, .95):.1f}"
                for name, c in zip(("handlers", "waiting for the frame", "rendering the frame"), cols)) + " ms")


def print_summary(r):
    print("\n== process-level results ==")
    print(f"load average (1, 5, 15 min) before {r['loadavg_before']}, after {r['loadavg_after']}"
          " (other work on the machine skews every figure)")
    rows = {}
    for who, label in (("kiosk", "Access Kiosk"), ("chromium", "Chromium --kiosk")):
        if f"{who}_starts" not in r:
            continue
        s = r[f"{who}_starts"]
        start = spread([x["start_ms"] for x in s])
        rss = spread([x["rss_mb"] for x in s])
        pss = spread([x["pss_mb"] for x in s])
        procs = spread([x["processes"] for x in s])
        idle = r[f"{who}_long"].get("idle") or {"windows": [{"app_pct": 0.0, "seconds": 0}], "app_pct": 0.0, "xvfb_pct": 0.0}
        idle_w = spread([w["app_pct"] for w in idle["windows"]])
        steady = r[f"{who}_long"].get("idle_steady")
        rows[who] = {"start": start, "rss": rss, "pss": pss, "idle": idle["app_pct"],
                     "idle_steady": steady["app_pct"] if steady else None}
        print(f"\n{label}: processes {sorted(set(s[-1]['names']))} ({procs['median']:.0f})")
        print(f"  1/8 start-up to painted attract screen {fmt(start, 'ms')}")
        print(f"      (of which in the page, from navigation start: {statistics.median(x['page_ms'] for x in s):.1f} ms median;"
              f" first script {statistics.median(x['script_ms'] for x in s):.1f} ms,"
              f" DOMContentLoaded {statistics.median(x['dom_content_loaded_ms'] for x in s):.1f} ms)")
        print(f"  2/8 memory on attract screen, RSS     {fmt(rss, 'MB')}")
        print(f"      memory on attract screen, PSS     {fmt(pss, 'MB')}")
        print(f"  6/8 idle CPU on attract, {sum(w['seconds'] for w in idle['windows']):.0f} s          "
              f"{idle['app_pct']:7.2f} % of a core  (10 s windows: median {idle_w['median']:.2f}, "
              f"min {idle_w['min']:.2f}, max {idle_w['max']:.2f}); Xvfb meanwhile {idle['xvfb_pct']:.2f} %")
        if steady:
            steady_w = spread([w["app_pct"] for w in steady["windows"]])
            print(f"      the same, {steady['after_s']:.0f} s after start     {steady['app_pct']:7.2f} % of a core  "
                  f"(10 s windows: min {steady_w['min']:.2f}, max {steady_w['max']:.2f}; every language's fonts loaded)")
    print_keys_and_taps(r)
    k = r.get("kiosk_long", {})
    if "after" in k:
        b, a = k["before"], k["after"]
        print(f"\nAccess Kiosk, {len(k['taps']['attract>language'])} patient sessions through the UI "
              f"in {k['sessions_ms'] / 1000:.1f} s:")
        growth = lambda x, y, key: f"{x[key]:.1f} -> {y[key]:.1f} MB ({100 * (y[key] / x[key] - 1):+.1f} %)"
        print(f"  2/8 memory growth, attract screen -> after all sessions:  RSS {growth(b, a, 'rss_mb')}, "
              f"PSS {growth(b, a, 'pss_mb')}  (target <= +5 %)")
        s0 = k.get("at_sessions_start")
        if s0:
            print(f"      from the attract screen just before the first patient ({s0['after_s']:.0f} s after start):  "
                  f"RSS {growth(s0, a, 'rss_mb')}, PSS {growth(s0, a, 'pss_mb')}")
        points = k.get("checkpoints", [])
        if points:
            w = points[0]
            print(f"      of which first use (after {w['sessions']} patients, one per language):  "
                  f"RSS {growth(b, w, 'rss_mb')}, PSS {growth(b, w, 'pss_mb')}")
            print(f"      then over the other {len(k['taps']['attract>language']) - w['sessions']} patients:  "
                  f"RSS {growth(w, a, 'rss_mb')}, PSS {growth(w, a, 'pss_mb')}")
            series = ", ".join(f"{p['sessions']}: {p['pss_mb']:.0f}" for p in points)
            print(f"      PSS (MB) after n patients: 0: {b['pss_mb']:.0f}, {series}, "
                  f"{len(k['taps']['attract>language'])}: {a['pss_mb']:.0f}")
    if "kiosk" in rows and "chromium" in rows:
        ko, ch = rows["kiosk"], rows["chromium"]
        ratio = lambda key: ko[key]["median"] / ch[key]["median"]
        print("\nratios ours / Chromium (medians):")
        print(f"  start-up {ratio('start'):.2f}x (target <= 0.50x, {verdict(ratio('start'), .5)})")
        print(f"  RSS      {ratio('rss'):.2f}x (target <= 0.40x, {verdict(ratio('rss'), .4)})")
        print(f"  PSS      {ratio('pss'):.2f}x (target <= 0.55x, {verdict(ratio('pss'), .55)})")
        if ch["idle"] > 0:
            print(f"  idle CPU {ko['idle'] / ch['idle']:.2f}x (first minute)")
        if ko["idle_steady"] is not None and ch["idle_steady"]:
            print(f"  idle CPU {ko['idle_steady'] / ch['idle_steady']:.2f}x (once every language has been shown)")
        r["ratios"] = {"start": ratio("start"), "rss": ratio("rss"), "pss": ratio("pss")}


if __name__ == "__main__":
    main()
