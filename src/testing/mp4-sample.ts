/**
 * A small real video for the emulator's /videos jobs: H.264 (Baseline, every frame an IDR picture
 * of I_PCM macroblocks, i.e. raw samples, so no encoder is needed) in an MP4 container with the
 * index up front. Players and browsers open it like any camera clip.
 */

const MB = 16;

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  bit(value: number): void {
    this.current = (this.current << 1) | (value & 1);
    if (++this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }

  bits(value: number, count: number): void {
    for (let shift = count - 1; shift >= 0; shift--) this.bit((value >> shift) & 1);
  }

  /** Exp-Golomb, unsigned. */
  ue(value: number): void {
    const coded = value + 1;
    const length = 32 - Math.clz32(coded);
    this.bits(0, length - 1);
    this.bits(coded, length);
  }

  /** Exp-Golomb, signed. */
  se(value: number): void {
    this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  alignWithZeros(): void {
    while (this.used !== 0) this.bit(0);
  }

  byte(value: number): void {
    this.bits(value, 8);
  }

  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  finish(): Uint8Array {
    this.bit(1);
    this.alignWithZeros();
    return Uint8Array.from(this.bytes);
  }
}

/** A NAL unit: its header byte, then the payload with emulation-prevention bytes inserted. */
function nalUnit(header: number, rbsp: Uint8Array): Buffer {
  const out: number[] = [header];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Buffer.from(out);
}

const PROFILE_BASELINE = 66;
const CONSTRAINTS = 0xc0; // constrained baseline
const LEVEL = 10;

function sequenceParameterSet(widthInMbs: number, heightInMbs: number): Buffer {
  const w = new BitWriter();
  w.byte(PROFILE_BASELINE);
  w.byte(CONSTRAINTS);
  w.byte(LEVEL);
  w.ue(0); // seq_parameter_set_id
  w.ue(0); // log2_max_frame_num_minus4
  w.ue(2); // pic_order_cnt_type: order follows decoding
  w.ue(1); // max_num_ref_frames
  w.bit(0); // gaps_in_frame_num_value_allowed_flag
  w.ue(widthInMbs - 1);
  w.ue(heightInMbs - 1);
  w.bit(1); // frame_mbs_only_flag
  w.bit(1); // direct_8x8_inference_flag
  w.bit(0); // frame_cropping_flag
  w.bit(0); // vui_parameters_present_flag
  return nalUnit(0x67, w.finish());
}

function pictureParameterSet(): Buffer {
  const w = new BitWriter();
  w.ue(0); // pic_parameter_set_id
  w.ue(0); // seq_parameter_set_id
  w.bit(0); // entropy_coding_mode_flag: CAVLC
  w.bit(0); // bottom_field_pic_order_in_frame_present_flag
  w.ue(0); // num_slice_groups_minus1
  w.ue(0); // num_ref_idx_l0_default_active_minus1
  w.ue(0); // num_ref_idx_l1_default_active_minus1
  w.bit(0); // weighted_pred_flag
  w.bits(0, 2); // weighted_bipred_idc
  w.se(0); // pic_init_qp_minus26
  w.se(0); // pic_init_qs_minus26
  w.se(0); // chroma_qp_index_offset
  w.bit(0); // deblocking_filter_control_present_flag
  w.bit(0); // constrained_intra_pred_flag
  w.bit(0); // redundant_pic_cnt_present_flag
  return nalUnit(0x68, w.finish());
}

type Pixel = (x: number, y: number) => { y: number; cb: number; cr: number };

/** One IDR picture whose macroblocks carry their samples raw (mb_type I_PCM). */
function idrSlice(widthInMbs: number, heightInMbs: number, idrPicId: number, pixel: Pixel): Buffer {
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(7); // slice_type: I (every slice of the picture)
  w.ue(0); // pic_parameter_set_id
  w.bits(0, 4); // frame_num
  w.ue(idrPicId);
  w.bit(0); // no_output_of_prior_pics_flag
  w.bit(0); // long_term_reference_flag
  w.se(0); // slice_qp_delta
  for (let mbY = 0; mbY < heightInMbs; mbY++) {
    for (let mbX = 0; mbX < widthInMbs; mbX++) {
      w.ue(25); // mb_type: I_PCM
      w.alignWithZeros();
      for (let y = 0; y < MB; y++) for (let x = 0; x < MB; x++) w.byte(pixel(mbX * MB + x, mbY * MB + y).y);
      for (const plane of ['cb', 'cr'] as const) {
        for (let y = 0; y < MB / 2; y++) for (let x = 0; x < MB / 2; x++) w.byte(pixel(mbX * MB + 2 * x, mbY * MB + 2 * y)[plane]);
      }
    }
  }
  return nalUnit(0x65, w.finish());
}

function box(type: string, ...parts: Uint8Array[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'ascii');
  return Buffer.concat([header, body]);
}

function fullBox(type: string, version: number, flags: number, ...parts: Uint8Array[]): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(((version << 24) | flags) >>> 0);
  return box(type, head, ...parts);
}

function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((value, index) => out.writeUInt32BE(value >>> 0, 4 * index));
  return out;
}

function u16(...values: number[]): Buffer {
  const out = Buffer.alloc(2 * values.length);
  values.forEach((value, index) => out.writeUInt16BE(value & 0xffff, 2 * index));
  return out;
}

const IDENTITY_MATRIX = u32(0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000);
const TIMESCALE = 1000;

export interface SampleVideoOptions {
  /** Pixels, multiples of 16. Default 32x32. */
  width?: number;
  height?: number;
  /** Default 4 frames at 4 fps: one second. */
  frames?: number;
  fps?: number;
}

/** An MP4 (H.264) of a sunset: a sky that darkens frame by frame over a sea. */
export function encodeSampleMp4({ width = 32, height = 32, frames = 4, fps = 4 }: SampleVideoOptions = {}): Buffer {
  const widthInMbs = width / MB;
  const heightInMbs = height / MB;
  const sps = sequenceParameterSet(widthInMbs, heightInMbs);
  const pps = pictureParameterSet();
  const samples = Array.from({ length: frames }, (_, frame) => {
    const dusk = frames > 1 ? frame / (frames - 1) : 0;
    const slice = idrSlice(
      widthInMbs,
      heightInMbs,
      frame % 2,
      (_x, y) =>
        y < height / 2
          ? { y: Math.round(200 - 110 * dusk - y * 2), cb: 100, cr: Math.round(170 - 20 * dusk) } // sky, warm to dusky
          : { y: Math.round(70 - 20 * dusk), cb: 150, cr: 120 }, // sea
    );
    return Buffer.concat([u32(slice.length), slice]);
  });
  const frameMs = Math.round(TIMESCALE / fps);
  const durationMs = frameMs * frames;

  const avcC = box('avcC', Buffer.from([1, PROFILE_BASELINE, CONSTRAINTS, LEVEL, 0xff, 0xe1]), u16(sps.length), sps, Buffer.from([1]), u16(pps.length), pps);
  const avc1 = box(
    'avc1',
    Buffer.alloc(6),
    u16(1), // data_reference_index
    Buffer.alloc(16),
    u16(width, height),
    u32(0x00480000, 0x00480000, 0),
    u16(1), // frame_count
    Buffer.alloc(32), // compressorname
    u16(0x0018, 0xffff),
    avcC,
  );
  const buildMoov = (chunkOffset: number) =>
    box(
      'moov',
      fullBox('mvhd', 0, 0, u32(0, 0, TIMESCALE, durationMs, 0x00010000), u16(0x0100), Buffer.alloc(10), IDENTITY_MATRIX, Buffer.alloc(24), u32(2)),
      box(
        'trak',
        fullBox('tkhd', 0, 3, u32(0, 0, 1, 0, durationMs, 0, 0), u16(0, 0, 0, 0), IDENTITY_MATRIX, u32(width << 16, height << 16)),
        box(
          'mdia',
          fullBox('mdhd', 0, 0, u32(0, 0, TIMESCALE, durationMs), u16(0x55c4, 0)),
          fullBox('hdlr', 0, 0, u32(0), Buffer.from('vide', 'ascii'), Buffer.alloc(12), Buffer.from('VideoHandler\0', 'ascii')),
          box(
            'minf',
            fullBox('vmhd', 0, 1, u16(0, 0, 0, 0)),
            box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
            box(
              'stbl',
              fullBox('stsd', 0, 0, u32(1), avc1),
              fullBox('stts', 0, 0, u32(1, frames, frameMs)),
              fullBox('stsc', 0, 0, u32(1, 1, frames, 1)),
              fullBox('stsz', 0, 0, u32(0, frames, ...samples.map((sample) => sample.length))),
              fullBox('stco', 0, 0, u32(1, chunkOffset)),
            ),
          ),
        ),
      ),
    );
  const ftyp = box('ftyp', Buffer.from('isom', 'ascii'), u32(0x200), Buffer.from('isomiso2avc1mp41', 'ascii'));
  // The moov size does not depend on the offset it holds, so one measuring pass places mdat.
  const moovSize = buildMoov(0).length;
  const moov = buildMoov(ftyp.length + moovSize + 8);
  return Buffer.concat([ftyp, moov, box('mdat', ...samples)]);
}
