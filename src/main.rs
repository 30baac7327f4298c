#[cfg(target_arch = "wasm32")]
fn main() {
    gazette_app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("gazette-app runs in a browser: build it with `trunk build` (see README.md)");
}
