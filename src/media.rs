//! Streaming call-media upload (`PUT /v2/calls/{id}/media`).
//!
//! The recording is sent as one multipart part named `mediaFile`, read from
//! its source in chunks while it is sent: memory use does not depend on the
//! file's size. The length is known up front, so the request carries a
//! `Content-Length`, and the 1.5 GB limit is checked before anything is sent.
//! A retry opens the source again from the start.

use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use futures::future::BoxFuture;
use futures::{StreamExt, TryStreamExt, stream};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio_util::io::ReaderStream;

use crate::error::{Error, Result};
use crate::transport::{Activity, Deadline};
use crate::{Client, GongId};

/// Largest recording Gong accepts: 1.5 GB.
pub const MAX_MEDIA_BYTES: u64 = 1_500_000_000;

/// Opens a fresh reader over the media, from its first byte.
pub type OpenReader =
    Arc<dyn Fn() -> BoxFuture<'static, std::io::Result<Pin<Box<dyn AsyncRead + Send>>>> + Send + Sync>;

/// Called as bytes go out: `(sent, total)`.
pub type Progress = Arc<dyn Fn(u64, u64) + Send + Sync>;

/// A recording to upload.
#[derive(Clone)]
pub struct MediaFile {
    open: OpenReader,
    len: u64,
    file_name: String,
    mime_type: String,
    progress: Option<Progress>,
}

impl std::fmt::Debug for MediaFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaFile")
            .field("len", &self.len)
            .field("file_name", &self.file_name)
            .field("mime_type", &self.mime_type)
            .finish_non_exhaustive()
    }
}

/// A file name goes into the multipart part's `Content-Disposition` header:
/// control characters (CR and LF above all, which would end the header),
/// quotes and backslashes are refused, and so is a name over 255 bytes.
pub fn check_file_name(field: &str, name: &str) -> Result<()> {
    if name.chars().any(|c| c.is_control() || matches!(c, '"' | '\\')) {
        return Err(Error::invalid(
            field,
            "a file name must not hold control characters (such as CR or LF), quotes or backslashes",
        ));
    }
    if name.len() > 255 {
        return Err(Error::invalid(field, "a file name is at most 255 bytes"));
    }
    Ok(())
}

/// MIME type of a media file name, by extension.
pub fn mime_type_for(file_name: &str) -> String {
    let ext = Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "wav" => "audio/wav",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "flac" => "audio/flac",
        "ogg" | "oga" => "audio/ogg",
        "aac" => "audio/aac",
        "wma" => "audio/x-ms-wma",
        "mp4" => "video/mp4",
        "mkv" => "video/x-matroska",
        "webm" => "video/webm",
        "mov" => "video/quicktime",
        "avi" => "video/x-msvideo",
        _ => "application/octet-stream",
    }
    .to_owned()
}

impl MediaFile {
    /// A file on disk; its size is read now, and the file is opened again for
    /// every attempt.
    pub async fn from_path(path: impl Into<PathBuf>) -> Result<MediaFile> {
        let path: PathBuf = path.into();
        let meta = tokio::fs::metadata(&path).await.map_err(|source| Error::Io {
            context: format!("reading {}", path.display()),
            source,
        })?;
        if !meta.is_file() {
            return Err(Error::invalid("mediaFile", format!("{} is not a file", path.display())));
        }
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("media").to_owned();
        let opened = path.clone();
        let open: OpenReader = Arc::new(move || {
            let path = opened.clone();
            Box::pin(async move {
                let f = tokio::fs::File::open(path).await?;
                Ok(Box::pin(f) as Pin<Box<dyn AsyncRead + Send>>)
            })
        });
        Ok(MediaFile {
            mime_type: mime_type_for(&file_name),
            open,
            len: meta.len(),
            file_name,
            progress: None,
        })
    }

    /// Any reader of known length. `open` is called once per attempt and must
    /// start from the first byte each time.
    pub fn from_reader<F, Fut, R>(open: F, len: u64, file_name: impl Into<String>) -> MediaFile
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = std::io::Result<R>> + Send + 'static,
        R: AsyncRead + Send + 'static,
    {
        let file_name = file_name.into();
        let open: OpenReader = Arc::new(move || {
            let fut = open();
            Box::pin(async move { Ok(Box::pin(fut.await?) as Pin<Box<dyn AsyncRead + Send>>) })
        });
        MediaFile {
            mime_type: mime_type_for(&file_name),
            open,
            len,
            file_name,
            progress: None,
        }
    }

    /// Overrides the file name sent to Gong.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = name.into();
        self
    }

    /// Overrides the MIME type (otherwise taken from the extension).
    pub fn mime_type(mut self, mime: impl Into<String>) -> Self {
        self.mime_type = mime.into();
        self
    }

    /// Reports progress as `(bytes sent, total)`; restarts from 0 on a retry.
    pub fn on_progress(mut self, f: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Size in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True for an empty file.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Checks Gong's limits before anything is sent.
    pub fn validate(&self) -> Result<()> {
        if self.len == 0 {
            return Err(Error::invalid("mediaFile", "must not be empty"));
        }
        if self.len > MAX_MEDIA_BYTES {
            return Err(Error::invalid(
                "mediaFile",
                format!(
                    "must be at most 1.5 GB ({MAX_MEDIA_BYTES} bytes); this one is {} bytes",
                    self.len
                ),
            ));
        }
        if self.file_name.trim().is_empty() {
            return Err(Error::invalid("fileName", "must not be empty"));
        }
        check_file_name("fileName", &self.file_name)
    }

    /// A multipart body streaming the source from its start; each chunk
    /// read counts as progress of `activity`.
    fn form(&self, activity: &Activity) -> reqwest::multipart::Form {
        let activity = activity.clone();
        let open = self.open.clone();
        let len = self.len;
        let progress = self.progress.clone();
        let sent = Arc::new(AtomicU64::new(0));
        let chunks = stream::once(async move { open().await })
            .map_ok(move |reader| ReaderStream::with_capacity(reader.take(len), 256 * 1024))
            .try_flatten()
            .inspect_ok(move |chunk| {
                activity.touch();
                let now = sent.fetch_add(chunk.len() as u64, Ordering::Relaxed) + chunk.len() as u64;
                if let Some(p) = &progress {
                    p(now, len);
                }
            })
            .boxed();
        let part = reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(chunks), len)
            .file_name(self.file_name.clone())
            .mime_str(&self.mime_type)
            .unwrap_or_else(|_| reqwest::multipart::Part::stream_with_length(reqwest::Body::from(Vec::<u8>::new()), 0));
        reqwest::multipart::Form::new().part("mediaFile", part)
    }
}

impl Client {
    /// Uploads the recording of a call registered with `add_call`
    /// (`PUT /v2/calls/{id}/media`, scope `api:calls:create`).
    ///
    /// ```no_run
    /// # async fn run(client: gong_client::Client) -> gong_client::Result<()> {
    /// use gong_client::{GongId, media::MediaFile};
    /// let media = MediaFile::from_path("call.mp3").await?.on_progress(|sent, total| eprintln!("{sent}/{total}"));
    /// let answer = client.add_call_media(&GongId::new("7782342274025937895")?, media).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_call_media(
        &self,
        call_id: &GongId,
        media: MediaFile,
    ) -> Result<crate::api::types::NewCallRecordingResponse> {
        media.validate()?;
        let transport = self.transport();
        let url = transport.url(&format!("/v2/calls/{}/media", call_id.as_str()))?;
        let http = transport.http().clone();
        let mut meta = transport.meta_for(&crate::api::operations::ADD_CALL_RECORDING);
        // No whole-request deadline: a long recording on a slow link takes
        // as long as it takes, as long as it keeps moving.
        let activity = Activity::default();
        meta.deadline = Deadline::Idle {
            idle: transport.upload_idle_timeout(),
            activity: activity.clone(),
        };
        let mut build = move || {
            http.put(url.clone())
                .header(reqwest::header::ACCEPT, "application/json")
                .multipart(media.form(&activity))
                .build()
                .ok()
        };
        let response = transport.execute(&mut build, &meta).await?;
        if !response.status().is_success() {
            return Err(
                crate::transport::error_from_response(response, crate::api::operations::ADD_CALL_RECORDING.id).await,
            );
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| Error::Transport(crate::redact::error(e)))?;
        crate::decode::body(&body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_types_follow_extensions() {
        assert_eq!(mime_type_for("a.MP3"), "audio/mpeg");
        assert_eq!(mime_type_for("a.wav"), "audio/wav");
        assert_eq!(mime_type_for("b.mkv"), "video/x-matroska");
        assert_eq!(mime_type_for("noext"), "application/octet-stream");
    }

    #[test]
    fn limits_are_checked() {
        let m = MediaFile::from_reader(|| async { Ok(tokio::io::empty()) }, MAX_MEDIA_BYTES + 1, "big.wav");
        assert!(matches!(m.validate(), Err(Error::InvalidInput { ref field, .. }) if field == "mediaFile"));
        let m = MediaFile::from_reader(|| async { Ok(tokio::io::empty()) }, 0, "empty.wav");
        assert!(m.validate().is_err());
        let m = MediaFile::from_reader(|| async { Ok(tokio::io::empty()) }, MAX_MEDIA_BYTES, "ok.wav");
        assert!(m.validate().is_ok());
    }
}
