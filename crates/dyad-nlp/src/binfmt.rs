//! The compact little-endian model container: `DYADNLP\0`, format version, model kind,
//! then model-specific sections.

use anyhow::{bail, Context, Result};

pub const MAGIC: &[u8; 8] = b"DYADNLP\0";
pub const VERSION: u32 = 1;

#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn header(kind: &[u8; 4]) -> Writer {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.buf.extend_from_slice(kind);
        w
    }
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn save(&self, path: &std::path::Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
        std::fs::write(path, &self.buf).with_context(|| format!("writing {}", path.display()))
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Checks magic, version and kind.
    pub fn open(data: &'a [u8], kind: &[u8; 4]) -> Result<Reader<'a>> {
        let mut r = Reader { data, pos: 0 };
        if r.take(8)? != MAGIC {
            bail!("not a dyad model file (bad magic)");
        }
        let v = r.u32()?;
        if v != VERSION {
            bail!("unsupported model format version {v} (expected {VERSION})");
        }
        let k = r.take(4)?;
        if k != kind {
            bail!("model kind {:?}, expected {:?}", String::from_utf8_lossy(k), String::from_utf8_lossy(kind));
        }
        Ok(r)
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).context("overflow")?;
        let s = self.data.get(self.pos..end).context("model file truncated")?;
        self.pos = end;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into()?))
    }
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into()?))
    }
    pub fn i16(&mut self) -> Result<i16> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into()?))
    }
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into()?))
    }
    pub fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        bail!("bad varint")
    }
    pub fn str(&mut self) -> Result<&'a str> {
        let n = self.varint()? as usize;
        Ok(std::str::from_utf8(self.take(n)?)?)
    }
    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}
