//! One Mentora per data folder: while the window holds the folder, `mentora` commands that touch
//! profiles are refused at once (commands that touch no data still run); a second window is refused.

use crate::common;
use mentora::instance::{acquire, Holder};

#[test]
fn commands_are_refused_while_the_window_holds_the_folder() {
    let data = tempfile::tempdir().unwrap();
    let pw = "a fine password\n";
    let o = common::run_cli(
        data.path(),
        &["profile", "create", "Ines"],
        &pw.repeat(2),
        false,
    );
    assert!(o.status.success(), "{}", common::output_text(&o));

    let window = acquire(data.path(), Holder::Window).unwrap();
    let o = common::run_cli(
        data.path(),
        &["journal", "add", "Ines", "--mood", "3", "x"],
        pw,
        false,
    );
    let text = common::output_text(&o);
    assert!(!o.status.success(), "{text}");
    assert!(text.contains("app.already_running"), "{text}");
    // Nothing was written: the journal is still empty once the window is gone.
    let o = common::run_cli(data.path(), &["safety", "check", "hello"], "", false);
    assert!(
        o.status.success(),
        "a command without data runs: {}",
        common::output_text(&o)
    );
    assert_eq!(
        acquire(data.path(), Holder::Window)
            .unwrap_err()
            .code()
            .as_str(),
        "app.already_running",
        "a second window"
    );
    drop(window);
    let o = common::run_cli(data.path(), &["journal", "list", "Ines"], pw, false);
    let text = common::output_text(&o);
    assert!(o.status.success(), "{text}");
    assert!(!text.contains(" x"), "{text}");
}
