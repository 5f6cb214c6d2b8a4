/**
 * A 2D canvas above sigma's layers for what follows the pointer: the node being dragged and
 * its links, and (on big networks) the links of the hovered node.
 *
 * Why: sigma redraws the whole WebGL scene for any change, and on a machine without a GPU
 * (software WebGL, as in headless Chromium) one redraw of a 1,000-person network costs
 * 0.1–1 s. Drawing a node and its few dozen links on a plain canvas costs well under a
 * millisecond, so a drag stays at the display's frame rate whatever the network's size;
 * sigma redraws once, when the node is dropped. See docs/explorer.md.
 */
export interface OverlayPoint {
  /** Viewport position, CSS pixels. */
  x: number;
  y: number;
}

export interface OverlayNode extends OverlayPoint {
  /** Radius on screen, CSS pixels. */
  radius: number;
  color: string;
  label: string;
}

export interface OverlayLink {
  to: OverlayPoint;
  /** Width on screen, CSS pixels. */
  width: number;
  color: string;
}

export interface OverlayScene {
  node: OverlayNode;
  links: OverlayLink[];
  /** Where the node was before the drag: drawn faded until sigma redraws it at the drop. */
  ghost?: OverlayNode;
}

export class InteractionLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private pending: OverlayScene | null = null;
  private frame: number | null = null;
  private drawn = false;
  /** How many times the layer was drawn (the benchmark counts them as frames shown). */
  draws = 0;

  constructor(private readonly container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'interaction-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    // Above sigma's canvases, never in the way of the pointer (sigma's mouse layer gets the events).
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '2' });
    container.appendChild(this.canvas);
    // A CPU-backed canvas: without a GPU, an accelerated one would queue behind sigma's WebGL work.
    this.context = this.canvas.getContext('2d', { willReadFrequently: true })!;
  }

  /** Draws `scene` at the next animation frame; calls in the same frame keep only the last scene. */
  show(scene: OverlayScene): void {
    this.pending = scene;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = null;
      if (this.pending) this.draw(this.pending);
    });
  }

  clear(): void {
    this.pending = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    if (!this.drawn) return;
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.drawn = false;
  }

  isShowing(): boolean {
    return this.drawn || this.pending !== null;
  }

  private draw(scene: OverlayScene): void {
    const ratio = window.devicePixelRatio || 1;
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const context = this.context;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (scene.ghost) {
      // A white veil over the old position: it reads as "lifted from here".
      context.globalAlpha = 0.75;
      disc(context, scene.ghost.x, scene.ghost.y, scene.ghost.radius + 1.5, '#ffffff');
      context.globalAlpha = 1;
    }
    // One path per colour and width: a hub's thousand links are one stroke, not a thousand.
    // A hub's links are drawn 1 px wide: a fan of them reads the same, and 1 px lines take a
    // tenth of the time of wider ones on a CPU canvas (4 ms instead of 38 for 900 links).
    context.lineCap = 'round';
    const hairlines = scene.links.length > HUB_LINKS;
    const lineWidth = (link: OverlayLink) => (hairlines ? 1 : Math.round(link.width * 2) / 2);
    const groups = new Map<string, OverlayLink[]>();
    for (const link of scene.links) {
      const key = `${link.color} ${lineWidth(link)}`;
      const group = groups.get(key);
      if (group) group.push(link);
      else groups.set(key, [link]);
    }
    for (const links of groups.values()) {
      context.strokeStyle = links[0].color;
      context.lineWidth = lineWidth(links[0]);
      context.beginPath();
      for (const link of links) {
        context.moveTo(scene.node.x, scene.node.y);
        context.lineTo(link.to.x, link.to.y);
      }
      context.stroke();
    }
    const { node } = scene;
    disc(context, node.x, node.y, node.radius + 2, '#ffffff');
    disc(context, node.x, node.y, node.radius, node.color);
    if (node.label) {
      context.font = '600 12px system-ui, sans-serif';
      context.textBaseline = 'middle';
      const x = node.x + node.radius + 4;
      const textWidth = context.measureText(node.label).width;
      context.fillStyle = 'rgba(255, 255, 255, 0.85)';
      context.fillRect(x - 2, node.y - 8, textWidth + 4, 16);
      context.fillStyle = '#1d232b';
      context.fillText(node.label, x, node.y);
    }
    this.drawn = true;
    this.draws += 1;
  }
}

/** Above this many links a node is a hub: see draw(). */
const HUB_LINKS = 150;

function disc(context: CanvasRenderingContext2D, x: number, y: number, radius: number, color: string): void {
  context.fillStyle = color;
  context.beginPath();
  context.arc(x, y, Math.max(1, radius), 0, 2 * Math.PI);
  context.fill();
}
