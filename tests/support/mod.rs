//! Drives the real, built kiosk binary through WebDriver.
//!
//! Each [`App`] gets its own data folder, its own `tauri-driver` on free ports (so tests
//! can run side by side) and a WebDriver session to the app under Xvfb. The test command
//! (`tools/test`) starts Xvfb and builds the binary first; run alone, these tests say what
//! is missing instead of hanging.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

pub use fantoccini;

mod keys;
mod patient;
mod printed;
mod staff;

pub use patient::{born_years_ago, Answers};
pub use printed::{
    decode_qr, pdf_qr_codes, pdf_text, pdf_words, printed_pdfs, wait_for_new_pdf, words,
};

/// How long to wait for a condition in the page before failing.
pub const WAIT: Duration = Duration::from_secs(20);

/// The kiosk binary under test: `ACCESS_KIOSK_BIN`, or the workspace's debug build.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("ACCESS_KIOSK_BIN") {
        return PathBuf::from(p);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    target.join("debug").join("access-kiosk")
}

/// The error WebKit's driver gives for a command that meets a page unloading.
fn page_unloading(e: &fantoccini::error::CmdError) -> bool {
    e.to_string().contains("unload")
}

/// A search error that means the element may yet appear.
fn not_there_yet(e: &fantoccini::error::CmdError) -> bool {
    e.is_no_such_element() || page_unloading(e)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Settings for a test kiosk: the practice file written before the app starts, and whether
/// the kiosk is set up (a first administrator made with its set-up code) before the test
/// begins, as a kiosk a practice uses is.
pub struct Practice {
    pub toml: String,
    pub set_up: bool,
    /// Environment for the kiosk's process (e.g. a stricter PIN window).
    pub env: Vec<(String, String)>,
}

impl Default for Practice {
    fn default() -> Self {
        Practice::with_idle(600, 20)
    }
}

impl Practice {
    pub const REGISTRATION_URL: &'static str = "https://example.org/register?practice=TEST";
    /// The first administrator of a kiosk the harness sets up.
    pub const ADMIN_NAME: &'static str = "Amir Admin";
    pub const ADMIN_PIN: &'static str = "402917";

    /// The kiosk runs with `name=value` in its environment.
    pub fn with_env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// A kiosk as it first starts: no administrator, so the patient face takes nothing.
    pub fn not_set_up(mut self) -> Self {
        self.set_up = false;
        self
    }

    pub fn with_languages(languages: &[&str]) -> Self {
        let list = languages
            .iter()
            .map(|l| format!("\"{l}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let mut p = Practice::default();
        p.toml = p.toml.replace(
            "languages = [\"en-GB\", \"bn\"]",
            &format!("languages = [{list}]"),
        );
        p
    }

    /// Prints slips to this CUPS queue (tools/cups-for-tests makes "PDF" and "Stopped").
    pub fn with_printer(mut self, printer: &str) -> Self {
        self.toml.push_str(&format!(
            "printer = \"{printer}\"\nslip_layout = \"receipt-80mm\"\n"
        ));
        self
    }

    pub fn with_idle(idle_seconds: u32, countdown_seconds: u32) -> Self {
        Practice {
            set_up: true,
            env: Vec::new(),
            toml: format!(
                "practice_name = \"Test Surgery\"\n\
                 ods_code = \"F84999\"\n\
                 registration_url = \"{}\"\n\
                 registration_hosts = [\"example.org\"]\n\
                 idle_seconds = {idle_seconds}\n\
                 idle_countdown_seconds = {countdown_seconds}\n\
                 languages = [\"en-GB\", \"bn\"]\n\
                 channel = \"kiosk\"\n",
                Self::REGISTRATION_URL
            ),
        }
    }
}

/// A running kiosk and a WebDriver session to it.
pub struct App {
    pub client: Client,
    pub data_dir: tempfile::TempDir,
    /// Where this "tablet" keeps its device secret (`ACCESS_KIOSK_DEVICE_DIR`): by default
    /// `test-device` in the data folder, so a restart on the same folder is the same tablet.
    pub device_dir: PathBuf,
    /// The administrator the harness set the kiosk up with, if it did.
    set_up_as: Option<(String, String)>,
    driver: Child,
    /// The kiosk's process, ended with the session: closing the WebDriver session does not
    /// always end it, and one left behind holds hundreds of MB for the rest of the run.
    app_process: Option<u32>,
}

impl App {
    /// Starts the kiosk on a fresh data folder holding `practice`.
    pub async fn launch(practice: Practice) -> App {
        let data_dir = tempfile::tempdir().expect("temp data folder");
        std::fs::write(data_dir.path().join("practice.toml"), &practice.toml)
            .expect("write practice.toml");
        let device = data_dir.path().join("test-device");
        let mut app = Self::launch_with_env(data_dir, &device, &practice.env).await;
        if practice.set_up {
            app.set_up_if_started(Practice::ADMIN_NAME, Practice::ADMIN_PIN)
                .await;
        }
        app
    }

    /// Starts the kiosk on a fresh data folder holding `practice`, after `prepare` has put
    /// other files in it (recordings, wording overrides).
    pub async fn launch_with(practice: Practice, prepare: impl FnOnce(&Path)) -> App {
        let data_dir = tempfile::tempdir().expect("temp data folder");
        std::fs::write(data_dir.path().join("practice.toml"), &practice.toml)
            .expect("write practice.toml");
        prepare(data_dir.path());
        let device = data_dir.path().join("test-device");
        let mut app = Self::launch_with_env(data_dir, &device, &practice.env).await;
        if practice.set_up {
            app.set_up_if_started(Practice::ADMIN_NAME, Practice::ADMIN_PIN)
                .await;
        }
        app
    }

    /// Starts the kiosk on an existing data folder (e.g. a broken one), as it is.
    pub async fn launch_in(data_dir: tempfile::TempDir) -> App {
        let device = data_dir.path().join("test-device");
        Self::launch_on_device(data_dir, &device).await
    }

    /// Starts the kiosk on `data_dir` as a tablet whose device secret is in `device_dir`
    /// (another folder is another tablet).
    pub async fn launch_on_device(data_dir: tempfile::TempDir, device_dir: &Path) -> App {
        Self::launch_with_env(data_dir, device_dir, &[]).await
    }

    async fn launch_with_env(
        data_dir: tempfile::TempDir,
        device_dir: &Path,
        env: &[(String, String)],
    ) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "end-to-end tests need an X display: run them with tools/test, which starts Xvfb"
        );
        let binary = app_binary();
        assert!(
            binary.exists(),
            "{} is missing: build it first (cargo build -p access-kiosk), or run tools/test",
            binary.display()
        );
        let port = free_port();
        let native_port = free_port();
        let driver = Command::new("tauri-driver")
            .env("ACCESS_KIOSK_DEVICE_DIR", device_dir)
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver --locked)");
        let mut app = App {
            client: connect(port, &binary, data_dir.path()).await,
            data_dir,
            device_dir: device_dir.to_owned(),
            set_up_as: None,
            driver,
            app_process: None,
        };
        app.app_process = app.app_pid();
        app.wait_ready().await;
        app
    }

    async fn wait_ready(&mut self) {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css("body[data-ready=true]"))
            .await
            .expect("the kiosk page reports ready");
    }

    /// The element with this `data-testid`, waiting until it is in the page.
    ///
    /// The kiosk loads its page afresh between patients, so a search may land while the
    /// old page unloads; WebKit's driver then answers with an error rather than "no such
    /// element". Both mean "not there yet": ask again until the element is there or
    /// [`WAIT`] has passed. Before the old page goes it shows the attract screen
    /// (body[data-ready=reloading]); what is there is about to go, so the search leaves that
    /// page out in the selector itself: one question to the page, with no moment between
    /// finding an element and checking which page it is in.
    pub async fn find(&self, testid: &str) -> Element {
        let selector = format!("body:not([data-ready=reloading]) [data-testid=\"{testid}\"]");
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            match self.client.find(Locator::Css(&selector)).await {
                Ok(element) => return element,
                Err(e) if not_there_yet(&e) && std::time::Instant::now() < deadline => {
                    // Poll the page; the element is what we wait for, not the time.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("element [data-testid={testid}] did not appear: {e}"),
            }
        }
    }

    /// Whether an element with this `data-testid` is in the page right now.
    pub async fn present(&self, testid: &str) -> bool {
        self.client
            .find(Locator::Css(&format!("[data-testid=\"{testid}\"]")))
            .await
            .is_ok()
    }

    /// A WebDriver click on the element with this `data-testid`. Between patients the
    /// kiosk draws the attract screen and then loads its page afresh: a tap that meets the
    /// old page unloading is made again on the new one.
    pub async fn tap(&self, testid: &str) {
        for attempt in 0..3 {
            let el = self.find(testid).await;
            self.reveal(&el).await;
            match el.click().await {
                Ok(()) => return,
                Err(e) if page_unloading(&e) && attempt < 2 => continue,
                Err(e) => panic!("tap [data-testid={testid}]: {e}"),
            }
        }
    }

    /// Waits until the page is a fresh one, ready for the next patient (after finishing, the
    /// countdown or leaving staff mode the attract screen shows at once, and the page is then
    /// loaded afresh behind it).
    pub async fn wait_for_fresh_page(&self) {
        self.wait_until(
            "a fresh page on the attract screen",
            "document.body.dataset.ready === 'true' && document.querySelector('[data-testid=attract-screen]')",
        )
        .await;
    }

    /// Scrolls `el` to the middle of the page, as a person scrolls to what they want to touch.
    /// The page scrolls in its own box above the on-screen keyboard, and WebKit's driver
    /// scrolls an element that is partly in view (say half behind the keyboard) no further
    /// before touching its middle, which then lands on the keyboard.
    async fn reveal(&self, el: &Element) {
        let Ok(arg) = serde_json::to_value(el) else {
            return;
        };
        // A page being replaced has nothing to scroll: the click below reports that.
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![arg],
            )
            .await;
    }

    pub async fn type_into(&self, testid: &str, text: &str) {
        let el = self.find(testid).await;
        self.reveal(&el).await;
        el.clear().await.expect("clear field");
        if text.is_empty() {
            return;
        }
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into [data-testid={testid}]: {e}"));
    }

    pub async fn value_of(&self, testid: &str) -> String {
        self.find(testid)
            .await
            .prop("value")
            .await
            .expect("read value")
            .unwrap_or_default()
    }

    pub async fn text_of(&self, testid: &str) -> String {
        self.find(testid).await.text().await.expect("read text")
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until `script` (an expression) is truthy in the page. A page being replaced
    /// counts as "not yet", and so does a new one whose body is not parsed yet.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            match self
                .client
                .execute(
                    &format!("return document.body !== null && !!({script});"),
                    vec![],
                )
                .await
            {
                Ok(serde_json::Value::Bool(true)) => return,
                Ok(_) => {}
                Err(e) if page_unloading(&e) => {}
                Err(e) => panic!("script failed while waiting for {what}: {e}\n{script}"),
            }
            assert!(
                std::time::Instant::now() < deadline,
                "timed out waiting for {what}"
            );
            // Poll the page; the condition is what we wait for, not the time.
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A PNG of the window after the next frame has been painted.
    pub async fn screenshot(&self) -> Vec<u8> {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .await
            .expect("wait for a painted frame");
        self.client.screenshot().await.expect("screenshot")
    }

    /// Saves a screenshot under `tests/artifacts/` for people to look at.
    pub async fn save_screenshot(&self, name: &str) -> PathBuf {
        let png = self.screenshot().await;
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
        std::fs::create_dir_all(&dir).expect("artifacts folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// How many journeys the kiosk's database holds.
    pub fn journey_count(&self) -> i64 {
        self.database()
            .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
            .expect("count journeys")
    }

    /// A read-only connection to the kiosk's database file.
    pub fn database(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(
            self.data_dir.path().join("kiosk.sqlite3"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("open the kiosk's database")
    }

    /// The database file and its WAL as raw bytes, as someone copying them off the disk
    /// would get them.
    pub fn raw_database_bytes(&self) -> Vec<u8> {
        let path = self.data_dir.path().join("kiosk.sqlite3");
        let mut bytes = std::fs::read(&path).expect("the database file");
        bytes.extend(std::fs::read(path.with_extension("sqlite3-wal")).unwrap_or_default());
        bytes
    }

    /// The kiosk's own process (started by WebKitWebDriver under this app's tauri-driver).
    pub fn app_pid(&self) -> Option<u32> {
        let binary = std::fs::canonicalize(app_binary()).ok()?;
        descendants(self.driver.id()).into_iter().find(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| same_binary(&exe, &binary))
        })
    }

    /// Kills the kiosk process with SIGKILL (no chance to tidy up, as in a crash), then
    /// starts the kiosk again on the same data folder.
    pub async fn kill_and_restart(mut self) -> App {
        let pid = self
            .app_pid()
            .expect("the kiosk process under tauri-driver");
        let killed = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(killed, "kill -KILL {pid}");
        let deadline = std::time::Instant::now() + WAIT;
        while is_running(pid) {
            assert!(
                std::time::Instant::now() < deadline,
                "the kiosk (pid {pid}) outlived SIGKILL"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The session's browser is gone: end it without waiting long for an answer.
        let _ = tokio::time::timeout(Duration::from_secs(5), self.client.clone().close()).await;
        terminate(&mut self.driver);
        let placeholder = tempfile::tempdir().expect("temp folder");
        let data_dir = std::mem::replace(&mut self.data_dir, placeholder);
        let device = self.device_dir.clone();
        let set_up_as = self.set_up_as.take();
        drop(self);
        let mut app = App::launch_on_device(data_dir, &device).await;
        app.set_up_as = set_up_as;
        app
    }

    /// Ends the session and stops tauri-driver politely (SIGTERM), so WebKitWebDriver
    /// releases its port.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        terminate(&mut self.driver);
        end_app(self.app_process.take());
    }
}

impl Drop for App {
    fn drop(&mut self) {
        terminate(&mut self.driver);
        end_app(self.app_process.take());
    }
}

/// Whether a process's executable is `binary` (also after a rebuild replaced the file,
/// when /proc shows it as "… (deleted)").
fn same_binary(exe: &Path, binary: &Path) -> bool {
    exe.to_string_lossy()
        .starts_with(binary.to_string_lossy().as_ref())
}

/// Ends the kiosk process if it outlived its session: SIGTERM, then SIGKILL.
fn end_app(pid: Option<u32>) {
    let Some(pid) = pid else { return };
    let ours = || {
        let binary = std::fs::canonicalize(app_binary()).ok();
        is_running(pid)
            && std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| binary.as_ref().is_some_and(|b| same_binary(&exe, b)))
    };
    for signal in ["-TERM", "-KILL"] {
        if !ours() {
            return;
        }
        let _ = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status();
        for _ in 0..20 {
            if !is_running(pid) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn terminate(child: &mut Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    for _ in 0..50 {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Every process below `root`, read from /proc.
fn descendants(root: u32) -> Vec<u32> {
    let mut parent_of = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid ...": the name may hold spaces, so read after its ')'.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parent_of.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let p = found[i];
        found.extend(parent_of.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    found.remove(0);
    found
}

/// Whether `pid` is still alive (a killed process waiting to be reaped is not).
fn is_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')').and_then(|(_, rest)| {
                rest.split_whitespace()
                    .next()
                    .map(|st| st != "Z" && st != "X")
            })
        })
        .unwrap_or(false)
}

async fn connect(port: u16, binary: &Path, data_dir: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "tauri:options".into(),
        json!({
            "application": binary,
            "args": ["--data-dir", data_dir],
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        // A session request can hang forever if the app cannot open a window (no X server):
        // bound it so the test fails with a reason instead.
        let attempt = tokio::time::timeout(
            WAIT,
            ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url),
        )
        .await
        .unwrap_or_else(|_| {
            panic!(
                "no WebDriver session within {WAIT:?}: is the X display {:?} running?",
                std::env::var("DISPLAY")
            )
        });
        match attempt {
            Ok(c) => return c,
            Err(e) => {
                assert!(
                    std::time::Instant::now() < deadline,
                    "could not start a WebDriver session on {url}: {e}"
                );
                // tauri-driver is still starting: its port is the condition we wait on.
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Runs axe-core in the page against WCAG 2.2 A and AA and returns its violations as
/// `rule: target, …` lines (empty when the screen passes).
pub async fn axe_violations(app: &App) -> Vec<String> {
    let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe)
        .unwrap_or_else(|e| panic!("{} (installed by tools/setup): {e}", axe.display()));
    app.js(&format!("if (!window.axe) {{ {source} }} return true;"))
        .await;
    let result = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document, { runOnly: { type: 'tag', values: \
               ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe ran");
    serde_json::from_value(result).expect("a list of violations")
}

/// Interactive elements smaller than `min` CSS px in either direction, as descriptions.
pub async fn small_targets(app: &App, min: f64) -> Vec<String> {
    let result = app
        .js(&format!(
            "const min = {min};\
             return [...document.querySelectorAll('button, a[href], input, select, textarea, [role=button]')]\
               .filter(el => el.offsetParent !== null && !el.closest('[hidden]'))\
               .map(el => {{\
                 const r = el.getBoundingClientRect();\
                 return {{ id: el.dataset.testid || el.id || el.outerHTML.slice(0, 60), w: r.width, h: r.height }};\
               }})\
               .filter(t => t.w < min || t.h < min)\
               .map(t => t.id + ' ' + Math.round(t.w) + 'x' + Math.round(t.h));"
        ))
        .await;
    serde_json::from_value(result).expect("a list")
}

/// A valid, tiny WAV file (8 kHz mono, `samples` of silence) for recording tests.
pub fn tiny_wav(samples: u32) -> Vec<u8> {
    let data_len = samples * 2;
    let mut w = Vec::with_capacity(44 + data_len as usize);
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + data_len).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes()); // PCM
    w.extend_from_slice(&1u16.to_le_bytes()); // mono
    w.extend_from_slice(&8000u32.to_le_bytes());
    w.extend_from_slice(&16000u32.to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&data_len.to_le_bytes());
    w.resize(44 + data_len as usize, 0);
    w
}

/// A one-line message exactly as a shipped locale file has it (`locales/{locale}/kiosk.ftl`).
pub fn shipped_message(locale: &str, id: &str) -> String {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(locale);
    // The patient's words are in kiosk.ftl and the sign-up process's own file.
    ["kiosk.ftl", "process.ftl"]
        .iter()
        .find_map(|name| {
            let ftl = std::fs::read_to_string(folder.join(name)).ok()?;
            ftl.lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| panic!("{id} is not a one-line message in {}", folder.display()))
}
