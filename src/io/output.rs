//! Output files written atomically: rows go to a temporary file beside the
//! destination (`.NAME.tmp-PID` in the same folder, so the rename cannot
//! cross file systems), and [`Output::finish`] renames it over the
//! destination. A run that fails or is interrupted leaves no file under the
//! destination's name that could pass for a complete one; a failed run
//! removes its temporary file, and so does a run stopped by SIGINT or
//! SIGTERM once [`remove_temporaries_on_signal`] is installed (it then
//! exits 130 or 143). A temporary file is always created new (`.NAME.tmp-
//! PID-N`, never opened if it exists), so a stale one left by a killed run
//! is never written into or renamed as this run's output. Standard output
//! is written as it goes.
//!
//! Does not format rows: the writers in [`super::csv`], [`super::jsonl`],
//! [`super::tmx`] and [`super::moses`] do.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The temporary files of this process not yet renamed or removed.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn forget_temporary(tmp: &Path) {
    if let Ok(mut list) = TEMPORARIES.lock() {
        list.retain(|p| p != tmp);
    }
}

/// On SIGINT or SIGTERM, removes every temporary output file of the
/// process and exits with 128 + the signal's number (130, 143). Call once,
/// before creating outputs; an error means the handler could not be set.
pub fn remove_temporaries_on_signal() -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("kutip-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                let list = match TEMPORARIES.lock() {
                    Ok(list) => list.clone(),
                    Err(poisoned) => poisoned.into_inner().clone(),
                };
                for tmp in list {
                    let _ = std::fs::remove_file(tmp);
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

/// A buffered output: standard output, or a file committed on `finish`.
pub struct Output {
    w: Option<BufWriter<Box<dyn Write + Send>>>,
    /// (temporary file, destination) for a file output.
    commit: Option<(PathBuf, PathBuf)>,
}

fn with_path(e: io::Error, what: &str, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{what} {}: {e}", path.display()))
}

impl Output {
    /// Standard output.
    pub fn stdout() -> Output {
        Output {
            w: Some(BufWriter::new(Box::new(io::stdout()))),
            commit: None,
        }
    }

    /// A file that appears under `dest` only when [`Output::finish`] succeeds.
    ///
    /// A destination that exists and is not a regular file (`/dev/null`,
    /// `/dev/stdout`, a named pipe) is written directly: renaming over it
    /// would replace the device or pipe with a file. A symbolic link to a
    /// regular file is followed, so the link stays and its target is replaced.
    pub fn create(dest: &Path) -> io::Result<Output> {
        if let Ok(meta) = std::fs::metadata(dest)
            && !meta.is_file()
        {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(dest)
                .map_err(|e| with_path(e, "cannot write", dest))?;
            return Ok(Output {
                w: Some(BufWriter::with_capacity(1 << 16, Box::new(file))),
                commit: None,
            });
        }
        let resolved;
        let dest = match std::fs::symlink_metadata(dest) {
            Ok(m) if m.file_type().is_symlink() => {
                resolved = std::fs::canonicalize(dest)
                    .map_err(|e| with_path(e, "cannot resolve", dest))?;
                resolved.as_path()
            }
            _ => dest,
        };
        let name = dest
            .file_name()
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("{}: not a file name", dest.display()),
                )
            })?
            .to_string_lossy()
            .into_owned();
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let (tmp, file) = loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let tmp = dir.join(format!(".{name}.tmp-{}-{n}", std::process::id()));
            // Registered before it exists, so a signal never misses it.
            if let Ok(mut list) = TEMPORARIES.lock() {
                list.push(tmp.clone());
            }
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Ok(f) => break (tmp, f),
                Err(e) => {
                    forget_temporary(&tmp);
                    if e.kind() != io::ErrorKind::AlreadyExists {
                        return Err(with_path(e, "cannot create", dest));
                    }
                }
            }
        };
        Ok(Output {
            w: Some(BufWriter::with_capacity(1 << 16, Box::new(file))),
            commit: Some((tmp, dest.to_path_buf())),
        })
    }

    /// `path`, or standard output when `None`.
    pub fn to(path: Option<&Path>) -> io::Result<Output> {
        path.map_or_else(|| Ok(Output::stdout()), Output::create)
    }

    /// Flushes, and for a file renames the temporary file over the destination.
    pub fn finish(mut self) -> io::Result<()> {
        if let Some(mut w) = self.w.take() {
            w.flush()?;
            let inner = w.into_inner().map_err(|e| e.into_error())?;
            drop(inner);
        }
        if let Some((tmp, dest)) = self.commit.take() {
            let renamed = std::fs::rename(&tmp, &dest);
            if renamed.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            forget_temporary(&tmp);
            renamed.map_err(|e| with_path(e, "cannot write", &dest))?;
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.w {
            Some(w) => w.write(buf),
            None => Err(io::Error::other("output already finished")),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.w {
            Some(w) => w.write_all(buf),
            None => Err(io::Error::other("output already finished")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.w {
            Some(w) => w.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // Not finished: an error ended the run. Remove the partial file.
        if let Some((tmp, _)) = self.commit.take() {
            self.w = None;
            let _ = std::fs::remove_file(&tmp);
            forget_temporary(&tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_appears_only_when_finished() {
        let dir = std::env::temp_dir().join(format!("kutip-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("out.csv");
        let mut o = Output::create(&dest).unwrap();
        o.write_all(b"a,b\n").unwrap();
        o.flush().unwrap();
        assert!(!dest.exists());
        o.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "a,b\n");
        let dropped = dir.join("dropped.csv");
        let mut o = Output::create(&dropped).unwrap();
        o.write_all(b"half").unwrap();
        drop(o);
        assert!(!dropped.exists());
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "temporary file removed");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let mut o = Output::create(Path::new("/dev/null")).unwrap();
        o.write_all(b"rows").unwrap();
        o.finish().unwrap();
        let t = std::fs::metadata("/dev/null").unwrap().file_type();
        assert!(t.is_char_device(), "/dev/null is still a device");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_keeps_pointing_at_its_replaced_target() {
        let dir = std::env::temp_dir().join(format!("kutip-output-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (target, link) = (dir.join("target.csv"), dir.join("link.csv"));
        std::fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut o = Output::create(&link).unwrap();
        o.write_all(b"new").unwrap();
        o.finish().unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
