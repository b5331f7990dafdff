//! The staff face and the kiosk's commands as staff reach them: opening the staff face,
//! setting the kiosk up, logging in, calling commands with and without the page's seam,
//! and the guided script's common steps.

use std::process::Command;

use serde_json::json;

use crate::{app_binary, App, Practice};

impl App {
    /// Opens the staff face: the 2-second press on the practice name.
    pub async fn press_practice_name(&self) {
        self.js("document.querySelector('[data-testid=practice-name]')\
               .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));")
            .await;
    }

    /// Calls a kiosk command from the page exactly as the UI does: through the page's IPC
    /// seam (`shared/tauri.js`), which sends the staff session's token once someone has
    /// logged in through the page. Returns its answer, or `{ "error": … }`.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> serde_json::Value {
        self.client
            .execute_async(
                "const [cmd, args, done] = arguments;\
                 import('/main.js')\
                   .then(m => m.invoke(cmd, args))\
                   .then(done, e => done({ error: e }));",
                vec![json!(command), args],
            )
            .await
            .unwrap_or_else(|e| panic!("invoke {command}: {e}"))
    }

    /// Calls a kiosk command straight through Tauri's IPC, past the page's seam, with only
    /// the arguments given (an attacker's script on the page: no token unless it passes one).
    pub async fn invoke_raw(&self, command: &str, args: serde_json::Value) -> serde_json::Value {
        self.client
            .execute_async(
                "const [cmd, args, done] = arguments;\
                 window.__TAURI__.core.invoke(cmd, args).then(done, e => done({ error: e }));",
                vec![json!(command), args],
            )
            .await
            .unwrap_or_else(|e| panic!("invoke {command}: {e}"))
    }

    /// The set-up code, read as someone with the tablet's own access reads it: with
    /// `access-kiosk setup-code` (the same binary, on this kiosk's data folder).
    pub fn setup_code(&self) -> String {
        let out = Command::new(app_binary())
            .args(["setup-code", "--data-dir"])
            .arg(self.data_dir.path())
            .output()
            .expect("access-kiosk setup-code runs");
        assert!(
            out.status.success(),
            "access-kiosk setup-code: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// [`App::set_up`], if the kiosk started and is not set up yet (a kiosk that could not
    /// start, e.g. on a broken data folder, is left as it is).
    pub(crate) async fn set_up_if_started(&mut self, name: &str, pin: &str) {
        let state = self.invoke_raw("staff_state", json!({})).await;
        if state["needsFirstAdmin"] == json!(true) {
            self.set_up(name, pin).await;
        }
    }

    /// Makes the first administrator `name` with `pin` through the real command, with the
    /// set-up code read as the installer reads it; returns the command's answer (its session
    /// and id, or its error).
    async fn create_first_admin(&self, name: &str, pin: &str) -> serde_json::Value {
        let code = self.setup_code();
        self.invoke_raw(
            "create_first_admin",
            json!({ "setupCode": code, "name": name, "pin": pin }),
        )
        .await
    }

    /// A staff session's token, as an administrator's page would hold it: the harness's
    /// administrator logs in through the real command (on a kiosk not set up, it is created
    /// first with the set-up code).
    pub async fn staff_token(&self) -> String {
        let state = self.invoke_raw("staff_state", json!({})).await;
        let (name, pin) = self
            .set_up_as
            .clone()
            .unwrap_or_else(|| (Practice::ADMIN_NAME.into(), Practice::ADMIN_PIN.into()));
        let session = if state["needsFirstAdmin"] == json!(true) {
            self.create_first_admin(&name, &pin).await
        } else {
            let id = state["staff"]
                .as_array()
                .and_then(|s| s.iter().find(|m| m["name"] == name.as_str()))
                .and_then(|m| m["id"].as_i64())
                .expect("the harness's administrator");
            self.invoke_raw("log_in", json!({ "staffId": id, "pin": pin }))
                .await
        };
        session["token"]
            .as_str()
            .unwrap_or_else(|| panic!("a staff session: {session}"))
            .to_owned()
    }

    /// Sets the kiosk up as its installer would: the set-up code from the command line, the
    /// first administrator `name` with `pin`, who then leaves staff mode; the page starts
    /// again on the attract screen.
    pub async fn set_up(&mut self, name: &str, pin: &str) {
        let admin = self.create_first_admin(name, pin).await;
        let token = admin["token"]
            .as_str()
            .unwrap_or_else(|| panic!("the kiosk is set up: {admin}"))
            .to_owned();
        self.invoke_raw("log_out", json!({ "token": token })).await;
        self.set_up_as = Some((name.to_owned(), pin.to_owned()));
        // The page starts again (as it does between patients): the old page's "ready" goes
        // first, and the reload comes after this script has answered.
        self.js("delete document.body.dataset.ready;\
             setTimeout(() => location.reload(), 0); return true;")
            .await;
        self.wait_until(
            "the page loaded afresh",
            "document.body.dataset.ready === 'true'",
        )
        .await;
    }

    /// An administrator `name` with `pin` logs in through the UI. On a kiosk not set up, it
    /// is created as the first administrator (with the set-up code); on one the harness set
    /// up as someone else, that administrator adds it first (through the real commands).
    pub async fn log_in_as_new_admin(&self, name: &str, pin: &str) {
        let state = self.invoke("staff_state", json!({})).await;
        let existing = state["staff"]
            .as_array()
            .and_then(|s| s.iter().find(|m| m["name"] == name))
            .and_then(|m| m["id"].as_i64());
        let id = match (existing, &self.set_up_as) {
            (Some(id), _) => id,
            (None, Some((admin, admin_pin))) if state["needsFirstAdmin"] == json!(false) => {
                let admin_id = state["staff"]
                    .as_array()
                    .and_then(|s| s.iter().find(|m| m["name"] == admin.as_str()))
                    .and_then(|m| m["id"].as_i64())
                    .expect("the harness's administrator");
                let session = self
                    .invoke_raw("log_in", json!({ "staffId": admin_id, "pin": admin_pin }))
                    .await;
                let token = session["token"].as_str().expect("logged in").to_owned();
                let added = self
                    .invoke_raw(
                        "add_staff",
                        json!({ "token": token, "name": name, "pin": pin, "isAdmin": true }),
                    )
                    .await;
                self.invoke_raw("log_out", json!({ "token": token })).await;
                added["id"]
                    .as_i64()
                    .unwrap_or_else(|| panic!("the administrator was added: {added}"))
            }
            _ => {
                let admin = self.create_first_admin(name, pin).await;
                if let Some(token) = admin["token"].as_str() {
                    self.invoke_raw("log_out", json!({ "token": token })).await;
                }
                admin["id"]
                    .as_i64()
                    .unwrap_or_else(|| panic!("the administrator was created: {admin}"))
            }
        };
        self.press_practice_name().await;
        self.tap(&format!("staff-account-{id}")).await;
        self.type_into("pin", pin).await;
        self.tap("pin-submit").await;
        self.find("staff-home").await;
    }

    /// The administrator logs in through the commands (no screens); returns the staff
    /// queue's entry for `reference`, as the staff face receives it.
    pub async fn staff_view_of(&self, reference: &str) -> serde_json::Value {
        let token = self.staff_token().await;
        let queue = self
            .invoke_raw(
                "staff_queue",
                json!({ "token": token, "search": reference }),
            )
            .await;
        self.invoke_raw("log_out", json!({ "token": token })).await;
        queue[0].clone()
    }

    /// Ticks every risk on the standard script as explained.
    pub async fn explain_every_risk(&self) {
        for risk in [
            "forgotten",
            "bad-news",
            "sharing",
            "coercion",
            "misunderstanding",
            "third-party",
            "keep-safe",
        ] {
            self.tap(&format!("risk-{risk}")).await;
        }
    }

    /// Waits until the open journey's status (on the staff face) is `status`.
    pub async fn wait_for_journey_status(&self, status: &str) {
        self.wait_until(
            status,
            &format!(
                "document.querySelector('[data-testid=journey-status]')?.dataset.status === '{status}'"
            ),
        )
        .await;
    }
}
