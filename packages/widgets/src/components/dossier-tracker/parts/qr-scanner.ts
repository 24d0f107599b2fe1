/**
 * The camera part of the QR scan, loaded only when a citizen taps "Quét mã QR" (and only
 * offered where the browser has `BarcodeDetector`: Chromium on Android, ChromeOS, macOS).
 */

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

/** Whether this browser can read QR codes natively. */
export const canScan = (): boolean =>
  typeof (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector === 'function';

/**
 * Shows the back camera in `video` and resolves with the first QR code's text. Stops the camera
 * when done, on error, and when `signal` aborts (rejecting with its reason).
 */
export async function scanQr(video: HTMLVideoElement, signal: AbortSignal): Promise<string> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
  if (!Detector) throw new Error('BarcodeDetector is not available');
  const detector = new Detector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    // Not awaited: play() waits for the first frame, and a frame not yet there is just no code yet.
    video.play().catch(() => undefined);
    while (!signal.aborted) {
      const codes = await detector.detect(video).catch(() => []);
      const text = codes[0]?.rawValue;
      if (text) return text;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw signal.reason;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
