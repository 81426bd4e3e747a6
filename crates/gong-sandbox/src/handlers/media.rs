//! `PUT /v2/calls/{id}/media`: the multipart body is read as it arrives,
//! hashed, and written to disk or discarded; it is never held in memory.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::Request;
use axum::http::header;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::multipart::{self, Multipart};
use super::settings::StoredMedia;
use super::state::Shared;
use super::{ConnCtl, Ctx, Reply, hooks, render};
use gong_client::GongId;
use gong_client::media::MAX_MEDIA_BYTES;
use gong_client::webhook::test_util::lower_hex;

/// Room for the multipart framing around the largest file.
const FRAMING_ALLOWANCE: u64 = 64 * 1024;

fn extension(file_name: Option<&str>) -> String {
    file_name
        .and_then(|n| Path::new(n).extension())
        .and_then(|e| e.to_str())
        .filter(|e| e.len() <= 8 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|e| format!(".{}", e.to_ascii_lowercase()))
        .unwrap_or_default()
}

async fn discard(path: &Option<PathBuf>) {
    if let Some(p) = path {
        let _ = tokio::fs::remove_file(p).await;
    }
}

/// Handles one upload.
pub(crate) async fn upload(sb: &Arc<Shared>, ctx: &Ctx, id: &str, req: Request, ctl: Option<ConnCtl>) -> Reply {
    let rid = ctx.rid.as_str();
    let Ok(call_id) = GongId::new(id) else {
        return Reply::error(400, rid, format!("{id:?} is not a call id"));
    };
    if sb.lock().data.any_call(id).is_none() {
        // Read the upload to its end first (as a server with lingering close
        // does), so the client sees the 404 instead of a broken pipe.
        let mut body = req.into_body().into_data_stream();
        let mut seen = 0u64;
        while let Some(Ok(chunk)) = futures::StreamExt::next(&mut body).await {
            seen += chunk.len() as u64;
            if seen > MAX_MEDIA_BYTES + FRAMING_ALLOWANCE {
                break;
            }
        }
        return Reply::error(404, rid, format!("Call {id} does not exist"));
    }
    let Some(boundary) = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(multipart::boundary)
    else {
        return Reply::error(
            400,
            rid,
            "The body must be multipart/form-data with one part named mediaFile",
        );
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_MEDIA_BYTES + FRAMING_ALLOWANCE) {
        return Reply::error(400, rid, "The media file is larger than 1.5 GB");
    }
    let faults = &sb.config.faults;
    let cut_at = {
        let mut st = sb.lock();
        st.uploads_started += 1;
        (st.uploads_started <= u64::from(faults.cut_uploads)).then_some(faults.cut_upload_after)
    };
    let cut_at = cut_at.filter(|_| ctl.is_some());

    let mut parts = Multipart::new(req.into_body().into_data_stream(), &boundary);
    let mut stored: Option<(StoredMedia, Option<PathBuf>)> = None;
    let temp = sb
        .config
        .media_dir
        .as_ref()
        .map(|d| d.join(format!(".{id}.{}.part", ctx.seq)));
    loop {
        let head = match parts.next_part().await {
            Ok(Some(h)) => h,
            Ok(None) => break,
            Err(e) => {
                discard(&temp).await;
                return Reply::error(400, rid, e.to_string());
            }
        };
        let is_media = head.name.as_deref() == Some("mediaFile");
        if is_media && stored.is_some() {
            discard(&temp).await;
            return Reply::error(400, rid, "The body has more than one mediaFile part");
        }
        let mut file = match (&temp, is_media) {
            (Some(path), true) => match tokio::fs::File::create(path).await {
                Ok(f) => Some(f),
                Err(e) => return Reply::error(500, rid, format!("The sandbox could not store the media: {e}")),
            },
            _ => None,
        };
        let mut hasher = Sha256::new();
        let mut len = 0u64;
        loop {
            let chunk = match parts.next_chunk().await {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => {
                    discard(&temp).await;
                    return Reply::error(400, rid, e.to_string());
                }
            };
            if is_media {
                len += chunk.len() as u64;
                if len > MAX_MEDIA_BYTES {
                    discard(&temp).await;
                    return Reply::error(400, rid, "The media file is larger than 1.5 GB");
                }
                hasher.update(&chunk);
                if let Some(f) = file.as_mut()
                    && let Err(e) = f.write_all(&chunk).await
                {
                    discard(&temp).await;
                    return Reply::error(500, rid, format!("The sandbox could not store the media: {e}"));
                }
            }
            if let (Some(limit), Some(ctl)) = (cut_at, &ctl)
                && parts.bytes_read() >= limit
            {
                drop(file.take());
                discard(&temp).await;
                sb.lock().stats.cut_uploads += 1;
                ctl.kill_and_hang().await;
            }
        }
        if let Some(mut f) = file.take() {
            if let Err(e) = f.flush().await {
                discard(&temp).await;
                return Reply::error(500, rid, format!("The sandbox could not store the media: {e}"));
            }
            drop(f);
        }
        if is_media {
            stored = Some((
                StoredMedia {
                    call_id: call_id.clone(),
                    bytes: len,
                    sha256_hex: lower_hex(&hasher.finalize()),
                    file_name: head.file_name.clone(),
                    content_type: head.content_type.clone(),
                    path: None,
                },
                temp.clone(),
            ));
        }
    }
    let Some((mut media, written)) = stored else {
        return Reply::error(400, rid, "The multipart body has no part named mediaFile");
    };
    if media.bytes == 0 {
        discard(&written).await;
        return Reply::error(400, rid, "The media file is empty");
    }
    let duplicate = sb
        .lock()
        .media
        .values()
        .any(|m| m.sha256_hex == media.sha256_hex && m.call_id != call_id);
    if duplicate {
        discard(&written).await;
        return Reply::error(400, rid, "The same media was already uploaded for another call");
    }
    if let (Some(tmp), Some(dir)) = (&written, &sb.config.media_dir) {
        let target = dir.join(format!("{id}{}", extension(media.file_name.as_deref())));
        if let Err(e) = tokio::fs::rename(tmp, &target).await {
            discard(&written).await;
            return Reply::error(500, rid, format!("The sandbox could not store the media: {e}"));
        }
        media.path = Some(target);
    }
    {
        let mut st = sb.lock();
        if let Some(old) = st.media.insert(id.to_owned(), media)
            && let (Some(old_path), Some(new_path)) = (old.path, st.media.get(id).and_then(|m| m.path.clone()))
            && old_path != new_path
        {
            let _ = std::fs::remove_file(old_path);
        }
        st.stats.media_uploads += 1;
        st.data.process(id);
    }
    hooks::fire(sb, id);
    Reply::ok(
        201,
        rid,
        render::to_json(&gong_client::api::types::NewCallRecordingResponse {
            request_id: None,
            call_id: render::gong_id(id),
            url: Some(render::call_url(id)),
        }),
    )
}
