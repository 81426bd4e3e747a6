//! `gong privacy references-email|references-phone|erase-email|erase-phone`,
//! with the confirmation asked before erasing.

use std::io::{BufRead, IsTerminal, Write};

use clap::{Args, Subcommand};
use gong_client::actions::{EmailAddress, PhoneNumber};
use gong_client::api::operations;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong privacy ...`
#[derive(Debug, Subcommand)]
pub enum PrivacyCmd {
    /// What in Gong references an email address (List References to an Email Address).
    #[command(name = crate::leaf(&operations::FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS), alias = "references-email")]
    ReferencesEmail(EmailArgs),
    /// What in Gong references a phone number (List References to a Phone Number).
    #[command(name = crate::leaf(&operations::FIND_ALL_REFERENCES_TO_PHONE_NUMBER), alias = "references-phone")]
    ReferencesPhone(PhoneArgs),
    /// Erase every call and email referencing an email address; asks first (Delete Email Address and Associated Elements).
    #[command(name = crate::leaf(&operations::PURGE_EMAIL_ADDRESS), alias = "erase-email")]
    EraseEmail(EraseEmailArgs),
    /// Erase leads and contacts with a phone number; asks first (Delete Phone Number and Associated Elements).
    #[command(name = crate::leaf(&operations::PURGE_PHONE_NUMBER), alias = "erase-phone")]
    ErasePhone(ErasePhoneArgs),
}

/// An email address.
#[derive(Debug, Args)]
pub struct EmailArgs {
    /// The email address.
    #[arg(long, alias = "email", value_name = "EMAIL")]
    pub email_address: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// A phone number.
#[derive(Debug, Args)]
pub struct PhoneArgs {
    /// `+`, country code, area code and number (other non-digits are ignored).
    #[arg(long, alias = "phone", value_name = "PHONE", allow_hyphen_values = true)]
    pub phone_number: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// How an erase is confirmed.
#[derive(Debug, Args)]
pub struct Confirm {
    /// Do not ask: erase right away.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Read the answer (y/yes) from stdin even when it is not a terminal (for scripts that pipe it).
    #[arg(long, conflicts_with = "yes")]
    pub confirm_from_stdin: bool,
}

/// `gong privacy erase-email`
#[derive(Debug, Args)]
pub struct EraseEmailArgs {
    #[command(flatten)]
    pub target: EmailArgs,
    #[command(flatten)]
    pub confirm: Confirm,
}

/// `gong privacy erase-phone`
#[derive(Debug, Args)]
pub struct ErasePhoneArgs {
    #[command(flatten)]
    pub target: PhoneArgs,
    #[command(flatten)]
    pub confirm: Confirm,
}

/// Runs `gong privacy ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &PrivacyCmd) -> Result<(), Failure> {
    match cmd {
        PrivacyCmd::ReferencesEmail(a) => {
            let input: EmailAddress = Fields::new().text("emailAddress", &a.email_address).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.list_email_address_references(input).await?)
        }
        PrivacyCmd::ReferencesPhone(a) => {
            let input: PhoneNumber = Fields::new().text("phoneNumber", &a.phone_number).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.list_phone_number_references(input).await?)
        }
        PrivacyCmd::EraseEmail(a) => {
            let input: EmailAddress = Fields::new()
                .text("emailAddress", &a.target.email_address)
                .build(&a.target.input)?;
            let client = ctx.client()?;
            confirm(
                &a.confirm,
                &a.target.input,
                &format!(
                    "This erases from Gong every call and email message that references {}. It cannot be undone.",
                    input.email_address()
                ),
            )?;
            ctx.out.print(&client.erase_email_address(input).await?)
        }
        PrivacyCmd::ErasePhone(a) => {
            let input: PhoneNumber = Fields::new()
                .text("phoneNumber", &a.target.phone_number)
                .build(&a.target.input)?;
            let client = ctx.client()?;
            confirm(
                &a.confirm,
                &a.target.input,
                &format!(
                    "This erases from Gong every lead and contact with the phone number {}. It cannot be undone.",
                    input.phone_number()
                ),
            )?;
            ctx.out.print(&client.erase_phone_number(input).await?)
        }
    }
}

/// Asks before erasing. `--yes` skips the question. Otherwise the answer is
/// read from stdin when it is a terminal, or when `--confirm-from-stdin` says
/// a script pipes it; with neither, the command refuses (usage error) rather
/// than erase unasked. Only `y` or `yes` goes ahead.
fn confirm(c: &Confirm, input: &InputArg, warning: &str) -> Result<(), Failure> {
    if c.yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !(stdin.is_terminal() || c.confirm_from_stdin) {
        return Err(Failure::Usage(
            "refusing to erase without confirmation: stdin is not a terminal; pass --yes \
             (or --confirm-from-stdin and pipe the answer)"
                .into(),
        ));
    }
    if input.input.as_deref() == Some("-") {
        return Err(Failure::Usage(
            "stdin carries --input, so it cannot carry the confirmation too; pass --yes".into(),
        ));
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{warning}\nErase? Type y or yes to go ahead: ");
    let _ = err.flush();
    drop(err);
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::Usage(format!("reading the confirmation: {e}")))?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Failure::Cancelled("nothing was erased".into())),
    }
}
